package io.tailor.scoring.embedding;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * The embedder contract, for the ONNX model, the dynamic batcher over it, the metered
 * wrapper and the wrapper that shares its runs with the context vectors.
 */
class EmbedderAdaptersTest {

	private static OnnxEmbedder onnx;

	private static EmbeddingBatcher batcher;

	@BeforeAll
	static void load() {
		onnx = new OnnxEmbedder(new EmbeddingProperties("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json", 256,
				8, Duration.ofMillis(3), "cpu", 1, 2));
		batcher = new EmbeddingBatcher(onnx, 4, Duration.ofMillis(3), 2);
	}

	@AfterAll
	static void close() throws Exception {
		batcher.close(); // closes the model it batches for too
	}

	@Nested
	class Onnx extends EmbedderContract {

		@Override
		protected Embedder embedder() {
			return onnx;
		}

	}

	@Nested
	class Batched extends EmbedderContract {

		@Override
		protected Embedder embedder() {
			return batcher;
		}

	}

	@Nested
	class Metered extends EmbedderContract {

		private final Embedder metered = new MeteredEmbedder(onnx, new SimpleMeterRegistry());

		@Override
		protected Embedder embedder() {
			return this.metered;
		}

	}

	@Nested
	class Bounded extends EmbedderContract {

		private final Embedder bounded = new ModelRuns(1).sentences(onnx);

		@Override
		protected Embedder embedder() {
			return this.bounded;
		}

	}

}
