package io.tailor.scoring.embedding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EmbeddingBatcherTest {

	@Test
	void concurrentCallsShareOneModelRunAndGetTheirOwnVectors() throws Exception {
		CountingModel model = new CountingModel();
		try (EmbeddingBatcher batcher = new EmbeddingBatcher(model, 64, Duration.ofMillis(200), 1);
				ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<List<float[]>>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				int n = i;
				answers.add(callers.submit(() -> {
					start.await();
					return batcher.embed(List.of("text " + n, "more " + n));
				}));
			}
			start.countDown();
			for (int i = 0; i < 8; i++) {
				List<float[]> vectors = answers.get(i).get();
				assertThat(vectors).hasSize(2);
				assertThat(vectors.get(0)[0]).isEqualTo(("text " + i).hashCode());
				assertThat(vectors.get(1)[0]).isEqualTo(("more " + i).hashCode());
			}
		}
		assertThat(model.runs).hasSizeLessThan(8);
		assertThat(model.runs.stream().mapToInt(Integer::intValue).sum()).isEqualTo(16);
	}

	@Test
	void aLargeCallIsSplitAcrossRunsAndKeepsItsOrder() throws Exception {
		CountingModel model = new CountingModel();
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			texts.add("text " + i);
		}
		try (EmbeddingBatcher batcher = new EmbeddingBatcher(model, 3, Duration.ofMillis(1), 2)) {
			List<float[]> vectors = batcher.embed(texts);
			for (int i = 0; i < 10; i++) {
				assertThat(vectors.get(i)[0]).isEqualTo(texts.get(i).hashCode());
			}
		}
		assertThat(model.runs).allMatch((n) -> n <= 3);
	}

	@Test
	void aFailedRunFailsItsCallers() throws Exception {
		Embedder failing = new CountingModel() {
			@Override
			public List<float[]> embed(List<String> texts) {
				throw new IllegalStateException("ONNX inference failed");
			}
		};
		try (EmbeddingBatcher batcher = new EmbeddingBatcher(failing, 8, Duration.ofMillis(1), 2)) {
			assertThatIllegalStateException().isThrownBy(() -> batcher.embed(List.of("x")))
				.withMessage("ONNX inference failed");
		}
	}

	@Test
	void emptyInputNeedsNoRun() throws Exception {
		CountingModel model = new CountingModel();
		try (EmbeddingBatcher batcher = new EmbeddingBatcher(model, 8, Duration.ofMillis(1), 2)) {
			assertThat(batcher.embed(List.of())).isEmpty();
		}
		assertThat(model.runs).isEmpty();
	}

	static class CountingModel implements Embedder {

		final List<Integer> runs = new CopyOnWriteArrayList<>();

		@Override
		public List<float[]> embed(List<String> texts) {
			this.runs.add(texts.size());
			return texts.stream().map((t) -> new float[] { t.hashCode() }).toList();
		}

		@Override
		public ModelInfo info() {
			return new ModelInfo("fake", "0".repeat(64), "cpu", 1, 1, 8, 1);
		}

	}

}
