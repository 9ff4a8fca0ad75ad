package io.tailor.scoring.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Locale;

import io.tailor.scoring.embedding.EmbeddingProperties;
import io.tailor.scoring.embedding.OnnxEmbedder;
import io.tailor.scoring.matching.MatchReport;
import io.tailor.scoring.matching.MatchScorer;
import io.tailor.scoring.matching.RequirementExtractor;
import io.tailor.scoring.matching.RequirementMatch;
import io.tailor.scoring.parsing.ResumeParser;
import io.tailor.scoring.skills.SkillExtractor;

/**
 * Prints one pair's requirements with their verdicts and evidence:
 * {@code Explain <résumé> <job>}.
 */
public final class Explain {

	private Explain() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("ai.djl.offline", "true");
		try (OnnxEmbedder embedder = new OnnxEmbedder(new EmbeddingProperties("all-minilm-l6-v2.onnx",
				"all-minilm-l6-v2-tokenizer.json", 256, 8, Duration.ofMillis(3), "cpu", 2, 1))) {
			SkillExtractor skills = SkillExtractor.shipped(embedder);
			MatchReport report = new MatchScorer(embedder, skills, new RequirementExtractor(skills), new ResumeParser())
				.score(Files.readString(Path.of(args[0])), Files.readString(Path.of(args[1])), YearMonth.of(2026, 6));
			System.out.printf(Locale.ROOT, "score %d, %.1f years%n", report.score(), report.experienceYears());
			for (RequirementMatch m : report.requirements()) {
				System.out.printf(Locale.ROOT, "%-8s %-4s %s%n    skills %s missing %s; terms %.2f %s; best %s; %s%n",
						m.verdict(), m.requirement().importance(), m.requirement().text(),
						m.requirement().skills().stream().map((s) -> s.label()).toList(),
						m.missingSkills().stream().map((s) -> s.label()).toList(), m.terms().share(),
						m.terms().shared().stream().map((t) -> t.term()).toList(), m.evidence().isEmpty() ? "-"
								: m.evidence().get(0).similarity() + " " + m.evidence().get(0).text(),
						m.checks());
			}
		}
	}

}
