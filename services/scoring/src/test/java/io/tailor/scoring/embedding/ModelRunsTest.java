package io.tailor.scoring.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.tailor.scoring.skills.ContextVectors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModelRunsTest {

	/**
	 * Counts the runs in progress at once, and holds each until all are in or 200 ms
	 * pass.
	 */
	private static final class Runs {

		final AtomicInteger now = new AtomicInteger();

		final AtomicInteger most = new AtomicInteger();

		final CountDownLatch started;

		Runs(int callers) {
			this.started = new CountDownLatch(callers);
		}

		<T> T during(T result) {
			this.most.accumulateAndGet(this.now.incrementAndGet(), Math::max);
			this.started.countDown();
			try {
				this.started.await(200, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.now.decrementAndGet();
			return result;
		}

	}

	@Test
	void sentenceAndContextVectorsShareTheCap() throws Exception {
		Runs runs = new Runs(4);
		ModelRuns cap = new ModelRuns(2);
		Embedder embedder = cap.sentences(new Embedder() {

			@Override
			public List<float[]> embed(List<String> texts) {
				return runs.during(List.of(new float[] { 1 }));
			}

			@Override
			public ModelInfo info() {
				return null;
			}

		});
		ContextVectors context = cap.context(new ContextVectors() {

			@Override
			public List<float[][]> of(List<String> lines, List<List<int[]>> ranges) {
				return runs.during(List.of());
			}

			@Override
			public int dimensions() {
				return 1;
			}

			@Override
			public String model() {
				return "counting";
			}

		});
		ExecutorService callers = Executors.newFixedThreadPool(4);
		List<Future<?>> calls = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			calls.add(callers.submit(() -> {
				return embedder.embed(List.of("text"));
			}));
			calls.add(callers.submit(() -> {
				return context.of(List.of("line"), List.of(List.of()));
			}));
		}
		for (Future<?> call : calls) {
			call.get(5, TimeUnit.SECONDS);
		}
		callers.shutdown();

		assertThat(runs.most.get()).isEqualTo(2);
	}

}
