package io.tailor.scoring.skills;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpanTaggerCrfTest {

	static final SpanTaggerCrf.Settings SETTINGS = new SpanTaggerCrf.Settings(0.1, 0.0001, 10, 7);

	static final String TRAINED = SpanTaggerCrf.train(SpanTaggerTest.lines(), SpanTaggerTest.DICTIONARY, null,
			SETTINGS);

	@Test
	void marksAToolItNeverSawInAContextItLearnt() {
		String line = "Experience with Quarkus is required";
		assertThat(
				SpanTagger.of(TRAINED).spans(SpanFeatures.of(line, Tokens.of(line), SpanTaggerTest.DICTIONARY), null))
			.containsExactly(new int[] { 2, 3 });
	}

	@Test
	void marksNothingWhereItLearntThatNoSpanIs() {
		String line = "We offer Gym to everyone";
		assertThat(
				SpanTagger.of(TRAINED).spans(SpanFeatures.of(line, Tokens.of(line), SpanTaggerTest.DICTIONARY), null))
			.isEmpty();
	}

	@Test
	void theProbabilityOutsideEverySpanFollowsWhatItLearnt() {
		SpanTagger tagger = SpanTagger.of(TRAINED);
		String perk = "We offer Gym to everyone";
		String tool = "Experience with Quarkus is required";
		double[] outsidePerk = tagger.outside(SpanFeatures.of(perk, Tokens.of(perk), SpanTaggerTest.DICTIONARY), null);
		double[] outsideTool = tagger.outside(SpanFeatures.of(tool, Tokens.of(tool), SpanTaggerTest.DICTIONARY), null);
		assertThat(outsidePerk[2]).isGreaterThan(0.95).isLessThanOrEqualTo(1.0);
		assertThat(outsideTool[2]).isLessThan(0.5).isGreaterThanOrEqualTo(0.0);
		assertThat(outsideTool[0]).isGreaterThan(0.9);
	}

	@Test
	void sameLinesAndSeedGiveTheSameWeights() {
		assertThat(SpanTaggerCrf.train(SpanTaggerTest.lines(), SpanTaggerTest.DICTIONARY, null, SETTINGS))
			.isEqualTo(TRAINED);
		assertThat(SpanTaggerCrf.train(SpanTaggerTest.lines(), SpanTaggerTest.DICTIONARY, null,
				new SpanTaggerCrf.Settings(0.1, 0.0001, 10, 8)))
			.isNotEqualTo(TRAINED);
	}

}
