package io.tailor.scoring.eval;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import io.tailor.scoring.TestModel;
import io.tailor.scoring.skills.SkillDictionary;
import io.tailor.scoring.skills.SpanTaggerCrf;

/**
 * Writes {@code skills/span-tagger.tsv}: the span tagger, a CRF trained on SkillSpan's
 * dev half only, so that the test half stays unseen, with the shipped MiniLM's context
 * vectors.
 */
public final class TrainSpanTagger {

	static final long SEED = 20221;

	/** The CRF's settings, chosen on the dev folds by {@link ChooseSpanTagger}. */
	static final SpanTaggerCrf.Settings SETTINGS = new SpanTaggerCrf.Settings(0.05, 0.00001, 20, SEED);

	static final Path RESOURCE = Path.of("services/scoring/src/main/resources/skills/span-tagger.tsv");

	private TrainSpanTagger() {
	}

	public static void main(String[] args) throws Exception {
		Files.writeString(RESOURCE, trained(Path.of("")));
	}

	/**
	 * The resource's text, from the SkillSpan files that the repository at root holds.
	 */
	static String trained(Path root) throws Exception {
		Properties config = new Properties();
		try (InputStream in = Files.newInputStream(root.resolve("evals/scoring/config.properties"))) {
			config.load(in);
		}
		List<Path> files = Arrays.stream(config.getProperty("skillspan").split(",")).map(root::resolve).toList();
		return SpanTaggerCrf.train(SkillSpans.lines(files, SkillSpans.Split.DEV),
				SkillDictionary.load("skills/skills.tsv"), TestModel.minilm(), SETTINGS);
	}

}
