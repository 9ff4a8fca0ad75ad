package io.tailor.scoring.embedding;

import java.util.List;

import io.tailor.scoring.skills.ContextVectors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What every {@link ContextVectors} promises: per line, one unit vector of the model's
 * dimensions per range, in the order given; the same line the same vectors alone or with
 * others; a zero vector past the model's token limit; and a word's vector depends on the
 * words around it. Subclasses give the adapter under test.
 */
abstract class ContextVectorsContract {

	private static final String NURSE = "Managed CRRT and ECMO circuits";

	protected abstract ContextVectors vectors();

	@Test
	void oneUnitVectorPerRangeInOrder() {
		List<float[][]> lines = vectors().of(List.of(NURSE, "Java"), List.of(ranges(0, 7, 8, 12), ranges(0, 4)));
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).hasNumberOfRows(2);
		assertThat(lines.get(1)).hasNumberOfRows(1);
		for (float[][] line : lines) {
			for (float[] v : line) {
				assertThat(v).hasSize(vectors().dimensions());
				assertThat(Vectors.dot(v, v)).isCloseTo(1.0, within(1e-4));
			}
		}
		assertThat(Vectors.dot(lines.get(0)[0], lines.get(0)[1])).isLessThan(0.999);
	}

	@Test
	void theSameLineGivesTheSameVectorsAloneOrWithOthers() {
		float[] alone = vectors().of(List.of(NURSE), List.of(ranges(8, 12))).get(0)[0];
		float[] together = vectors()
			.of(List.of("Drove a van", NURSE, "Built REST APIs for a payments platform"),
					List.of(ranges(0, 5), ranges(8, 12), ranges(0, 5)))
			.get(1)[0];
		assertThat(Vectors.dot(alone, together)).isCloseTo(1.0, within(1e-4));
	}

	@Test
	void aWordsVectorDependsOnItsContext() {
		float[] language = vectors().of(List.of("Java developer with Spring"), List.of(ranges(0, 4))).get(0)[0];
		float[] island = vectors().of(List.of("Java is an island of Indonesia"), List.of(ranges(0, 4))).get(0)[0];
		assertThat(Vectors.dot(language, island)).isLessThan(0.95);
	}

	@Test
	void aRangePastTheTokenLimitGetsAZeroVector() {
		String line = "word ".repeat(400) + "ECMO";
		float[] last = vectors().of(List.of(line), List.of(ranges(line.length() - 4, line.length()))).get(0)[0];
		assertThat(Vectors.dot(last, last)).isZero();
	}

	@Test
	void aWordAfterEmojisGetsItsOwnVector() {
		String line = "📧📱 Go and SQL";
		int go = line.indexOf("Go");
		float[] after = vectors().of(List.of(line), List.of(ranges(go, go + 2))).get(0)[0];
		float[] plain = vectors().of(List.of("✉✆ Go and SQL"), List.of(ranges(3, 5))).get(0)[0];
		assertThat(Vectors.dot(after, plain)).isGreaterThan(0.95);
	}

	@Test
	void noLinesGiveNoVectors() {
		assertThat(vectors().of(List.of(), List.of())).isEmpty();
	}

	private static List<int[]> ranges(int... bounds) {
		List<int[]> ranges = new java.util.ArrayList<>();
		for (int i = 0; i < bounds.length; i += 2) {
			ranges.add(new int[] { bounds[i], bounds[i + 1] });
		}
		return ranges;
	}

}
