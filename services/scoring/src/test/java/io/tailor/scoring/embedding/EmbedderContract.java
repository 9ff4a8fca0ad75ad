package io.tailor.scoring.embedding;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What every {@link Embedder} promises: one unit-length vector of the model's dimensions
 * per text, in the order given; the same text the same vector, alone or in a batch; and
 * meaning reflected in the dot product. Subclasses give the embedder under test.
 */
abstract class EmbedderContract {

	protected abstract Embedder embedder();

	@Test
	void oneUnitVectorOfTheModelsDimensionsPerTextInOrder() {
		List<String> texts = List.of("Registered nurse, medical ICU", "Forklift certified", "Month-end close");
		List<float[]> vectors = embedder().embed(texts);
		assertThat(vectors).hasSize(texts.size());
		for (float[] v : vectors) {
			assertThat(v).hasSize(embedder().info().dimensions());
			assertThat(Vectors.dot(v, v)).isCloseTo(1.0, within(1e-4));
		}
		assertThat(Vectors.dot(vectors.get(0), embedder().embed(List.of(texts.get(0))).get(0))).isCloseTo(1.0,
				within(1e-4));
	}

	@Test
	void nothingToEmbedGivesNoVectors() {
		assertThat(embedder().embed(List.of())).isEmpty();
	}

	@Test
	void theSameTextGivesTheSameVectorAloneOrInABatch() {
		float[] alone = embedder().embed(List.of("Managed CRRT and ECMO patients")).get(0);
		float[] batched = embedder().embed(List.of("Built REST APIs", "Managed CRRT and ECMO patients", "Drove a van"))
			.get(1);
		assertThat(Vectors.dot(alone, batched)).isCloseTo(1.0, within(1e-4));
	}

	@Test
	void aParaphraseIsCloserThanAnUnrelatedText() {
		List<float[]> v = embedder().embed(List.of("Cared for ventilated patients in intensive care",
				"ICU nurse for patients on mechanical ventilation", "Operated a forklift in a warehouse"));
		assertThat(Vectors.dot(v.get(0), v.get(1))).isGreaterThan(Vectors.dot(v.get(0), v.get(2)));
	}

}
