package io.tailor.scoring.embedding;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tailor.scoring.TestModel;
import io.tailor.scoring.skills.ContextVectors;
import org.junit.jupiter.api.Nested;

/** The context-vectors contract, for the ONNX model and the metered wrapper over it. */
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

}
