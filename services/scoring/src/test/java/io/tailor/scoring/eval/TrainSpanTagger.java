package io.tailor.scoring.eval;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import io.tailor.scoring.TestModel;
import io.tailor.scoring.skills.SkillDictionary;
import io.tailor.scoring.skills.SpanTaggerTraining;

/**
 * Writes {@code skills/span-tagger.tsv}: the span tagger trained on SkillSpan's dev half
 * only, so that the test half stays unseen, with the shipped MiniLM's context vectors.
 */
public final class TrainSpanTagger {

	static final int EPOCHS = 8;

	static final long SEED = 20221;

	/** How much a context vector weighs beside the tagger's other features. */
	static final float CONTEXT_SCALE = 2;

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
		return SpanTaggerTraining.train(SkillSpans.lines(files, SkillSpans.Split.DEV),
				SkillDictionary.load("skills/skills.tsv"), TestModel.minilm(), CONTEXT_SCALE, EPOCHS, SEED);
	}

}
