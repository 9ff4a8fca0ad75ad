package io.tailor.scoring.eval;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped tagger is what training on SkillSpan's dev half gives: nobody edits its
 * weights by hand, and no test-half sentence reached them.
 */
class SpanTaggerResourceTest {

	private static final Path ROOT = Path.of(System.getProperty("tailor.repo.root", "../.."));

	@Test
	void shippedWeightsAreTheTrainedOnes() throws Exception {
		assertThat(TrainSpanTagger.trained(ROOT)).isEqualTo(Files.readString(ROOT.resolve(TrainSpanTagger.RESOURCE)));
	}

}
