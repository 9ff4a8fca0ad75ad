package io.tailor.scoring.eval;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import io.tailor.scoring.TestModel;
import io.tailor.scoring.skills.ContextVectors;
import io.tailor.scoring.skills.SkillDictionary;
import io.tailor.scoring.skills.SkillExtractor;
import io.tailor.scoring.skills.SpanTagger;
import io.tailor.scoring.skills.SpanTaggerTraining;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped tagger is what training on SkillSpan's dev half gives: nobody edits its
 * weights by hand, and no test-half sentence reached them. Another CPU's floating point
 * can round a training step the other way, so where the text differs, the two taggers
 * must still find the same spans in almost every SkillSpan sentence.
 */
class SpanTaggerResourceTest {

	private static final Path ROOT = Path.of(System.getProperty("tailor.repo.root", "../.."));

	@Test
	void shippedWeightsAreTheTrainedOnes() throws Exception {
		String trained = TrainSpanTagger.trained(ROOT);
		String shipped = Files.readString(ROOT.resolve(TrainSpanTagger.RESOURCE));
		if (!trained.equals(shipped)) {
			assertThat(sameSpans(SpanTagger.of(trained), SpanTagger.of(shipped))).isGreaterThan(0.98);
		}
	}

	/** Of the spans either tagger adds to the dictionary's, the share both add. */
	private static double sameSpans(SpanTagger a, SpanTagger b) throws Exception {
		SkillDictionary dictionary = SkillDictionary.load("skills/skills.tsv");
		ContextVectors vectors = new MemoContextVectors(TestModel.minilm());
		SkillExtractor first = new SkillExtractor(dictionary, a, vectors);
		SkillExtractor second = new SkillExtractor(dictionary, b, vectors);
		Set<String> both = new HashSet<>();
		Set<String> either = new HashSet<>();
		int index = 0;
		for (SpanTaggerTraining.Line line : SkillSpans.lines(files(), SkillSpans.Split.DEV)) {
			Set<String> x = tagged(first, line.text(), index);
			Set<String> y = tagged(second, line.text(), index++);
			either.addAll(x);
			either.addAll(y);
			x.retainAll(y);
			both.addAll(x);
		}
		return (double) both.size() / Math.max(1, either.size());
	}

	private static Set<String> tagged(SkillExtractor extractor, String line, int index) {
		Set<String> spans = new HashSet<>();
		extractor.extractFromJob(List.of(line))
			.getFirst()
			.forEach((m) -> spans.add(index + ":" + m.start() + "-" + m.end() + ":" + m.id()));
		return spans;
	}

	private static List<Path> files() throws Exception {
		Properties config = new Properties();
		try (InputStream in = Files.newInputStream(ROOT.resolve("evals/scoring/config.properties"))) {
			config.load(in);
		}
		return Arrays.stream(config.getProperty("skillspan").split(",")).map(ROOT::resolve).toList();
	}

}
