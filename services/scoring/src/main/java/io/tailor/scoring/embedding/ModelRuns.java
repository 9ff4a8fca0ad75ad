package io.tailor.scoring.embedding;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import io.tailor.scoring.skills.ContextVectors;

/**
 * At most a fixed number of runs of one model at a time, whether they serve sentence
 * vectors or context vectors, so that the span tagger's passes do not take the cores the
 * embedder's runs were sized for.
 */
public final class ModelRuns {

	private final Semaphore permits;

	public ModelRuns(int parallelRuns) {
		this.permits = new Semaphore(parallelRuns, true);
	}

	public Embedder sentences(Embedder model) {
		return new Embedder() {

			@Override
			public List<float[]> embed(List<String> texts) {
				return run(() -> model.embed(texts));
			}

			@Override
			public ModelInfo info() {
				return model.info();
			}

		};
	}

	public ContextVectors context(ContextVectors model) {
		return new ContextVectors() {

			@Override
			public List<float[][]> of(List<String> lines, List<List<int[]>> ranges) {
				return run(() -> model.of(lines, ranges));
			}

			@Override
			public int dimensions() {
				return model.dimensions();
			}

			@Override
			public String model() {
				return model.model();
			}

		};
	}

	private <T> T run(Supplier<T> work) {
		this.permits.acquireUninterruptibly();
		try {
			return work.get();
		}
		finally {
			this.permits.release();
		}
	}

}
