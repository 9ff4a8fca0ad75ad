package io.tailor.scoring.skills;

import java.util.Collections;
import java.util.List;

import io.tailor.scoring.TestModel;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpanFeaturesTest {

	private static final ContextVectors MODEL = TestModel.minilm();

	@Test
	void everyWordOfALongLineHasItsContextVector() {
		String line = String.join(" ", Collections.nCopies(60, "Maintained Allen-Bradley PLCs and VFDs daily"));
		List<Tokens.Token> tokens = Tokens.of(line);
		assertThat(tokens).hasSizeGreaterThan(3 * SpanFeatures.WINDOW);

		float[][] vectors = SpanFeatures.context(MODEL, List.of(line), List.of(tokens)).getFirst();

		assertThat(vectors.length).isEqualTo(tokens.size());
		for (float[] vector : vectors) {
			assertThat(norm(vector, 0, MODEL.dimensions())).isCloseTo(1.0, Offset.offset(1e-3));
		}
	}

	@Test
	void aShortLineGoesToTheModelWhole() {
		String line = "• Troubleshoot Allen-Bradley PLCs with RSLogix 5000";
		List<Tokens.Token> tokens = Tokens.of(line);

		float[][] vectors = SpanFeatures.context(MODEL, List.of(line), List.of(tokens)).getFirst();
		float[][] whole = MODEL
			.of(List.of(line), List.of(tokens.stream().map((t) -> new int[] { t.start(), t.end() }).toList()))
			.getFirst();

		for (int i = 0; i < tokens.size(); i++) {
			for (int d = 0; d < MODEL.dimensions(); d++) {
				assertThat(vectors[i][d]).isEqualTo(whole[i][d]);
			}
		}
	}

	private static double norm(float[] vector, int from, int to) {
		double sum = 0;
		for (int d = from; d < to; d++) {
			sum += vector[d] * vector[d];
		}
		return Math.sqrt(sum);
	}

}
