package io.tailor.scoring.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Locale;

import io.tailor.scoring.embedding.EmbeddingProperties;
import io.tailor.scoring.embedding.OnnxEmbedder;
import io.tailor.scoring.matching.MatchScorer;
import io.tailor.scoring.matching.RequirementExtractor;
import io.tailor.scoring.parsing.ResumeParser;
import io.tailor.scoring.skills.SkillDictionary;
import io.tailor.scoring.skills.SkillExtractor;

/**
 * {@code make bench}, the span tagger's cost: one match of the bench's two-page résumé
 * against an English ad, with the shipped extractor (dictionary and the tagger that reads
 * context vectors, one model run per English line) and with the dictionary alone, on the
 * same model; each the best of {@value #ROUNDS} interleaved runs.
 */
final class TaggerBench {

	private static final int ROUNDS = 7;

	private TaggerBench() {
	}

	static void run(Path root) throws Exception {
		String resume = Files.readString(root.resolve("evals/scoring/bench/two-page-resume.md"));
		String job = Files.readString(root.resolve("evals/samples/jobs/senior-backend-engineer-java-azure.txt"));
		try (OnnxEmbedder model = new OnnxEmbedder(new EmbeddingProperties("all-minilm-l6-v2.onnx",
				"all-minilm-l6-v2-tokenizer.json", 256, 8, Duration.ofMillis(3), "cpu", 1, 0))) {
			SkillExtractor tagged = SkillExtractor.shipped(model);
			SkillExtractor dictionary = new SkillExtractor(SkillDictionary.load("skills/skills.tsv"));
			MatchScorer withTagger = scorer(model, tagged);
			MatchScorer withoutTagger = scorer(model, dictionary);
			double best = Double.MAX_VALUE;
			double baseline = Double.MAX_VALUE;
			for (int round = 0; round < ROUNDS; round++) {
				best = Math.min(best, time(() -> withTagger.score(resume, job, YearMonth.of(2026, 6))));
				baseline = Math.min(baseline, time(() -> withoutTagger.score(resume, job, YearMonth.of(2026, 6))));
			}
			Bench.print("match, dictionary + context tagger", String.format(Locale.ROOT, "%.0f ms", best * 1e3));
			Bench.print("match, dictionary alone", String.format(Locale.ROOT, "%.0f ms", baseline * 1e3));
			Bench.print("tagger's cost", String.format(Locale.ROOT, "%.2fx", best / baseline));
		}
	}

	private static MatchScorer scorer(OnnxEmbedder model, SkillExtractor skills) {
		return new MatchScorer(model, skills, new RequirementExtractor(skills), new ResumeParser());
	}

	private static double time(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return (System.nanoTime() - start) / 1e9;
	}

}
