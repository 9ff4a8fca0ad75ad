package io.tailor.scoring.embedding;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tailor.scoring.TestModel;
import io.tailor.scoring.skills.ContextVectors;
import org.junit.jupiter.api.Nested;

/**
 * The context-vectors contract, for the ONNX model, the metered wrapper over it and the
 * wrapper that shares its runs with the embedder.
 */
class ContextVectorsAdaptersTest {

	@Nested
	class Onnx extends ContextVectorsContract {

		@Override
		protected ContextVectors vectors() {
			return TestModel.minilm();
		}

	}

	@Nested
	class Metered extends ContextVectorsContract {

		private final ContextVectors metered = new MeteredContextVectors(TestModel.minilm(), new SimpleMeterRegistry());

		@Override
		protected ContextVectors vectors() {
			return this.metered;
		}

	}

	@Nested
	class Bounded extends ContextVectorsContract {

		private final ContextVectors bounded = new ModelRuns(1).context(TestModel.minilm());

		@Override
		protected ContextVectors vectors() {
			return this.bounded;
		}

	}

}
