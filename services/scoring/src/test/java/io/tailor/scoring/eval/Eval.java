package io.tailor.scoring.eval;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import io.tailor.scoring.embedding.EmbeddingProperties;
import io.tailor.scoring.embedding.OnnxEmbedder;
import io.tailor.scoring.matching.MatchScorer;
import io.tailor.scoring.matching.RequirementExtractor;
import io.tailor.scoring.parsing.ResumeParser;
import io.tailor.scoring.skills.SkillDictionary;
import io.tailor.scoring.skills.SkillExtractor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code make eval}: scores the labelled pairs and SkillSpan with the settings pinned in
 * {@code evals/scoring/config.properties}, prints the figures, and exits non-zero when
 * one falls more than the tolerance below {@code baseline.json}. {@code --write-baseline}
 * writes the figures as the new baseline.
 */
public final class Eval {

	private static final Map<String, Integer> GAINS = Map.of("strong", 2, "partial", 1, "none", 0);

	private Eval() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("ai.djl.offline", "true");
		Properties config = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("evals/scoring/config.properties"))) {
			config.load(in);
		}
		EmbeddingProperties model = new EmbeddingProperties(
				System.getProperty("eval.model", config.getProperty("model")),
				System.getProperty("eval.tokenizer", config.getProperty("tokenizer")),
				Integer.parseInt(config.getProperty("max-tokens")), Integer.parseInt(config.getProperty("batch-size")),
				Duration.ofMillis(3), "cpu", Integer.parseInt(config.getProperty("workers")),
				Integer.parseInt(config.getProperty("intra-op-threads")));
		SkillExtractor skills = new SkillExtractor(SkillDictionary.load("skills/skills.tsv"));
		Map<String, Object> figures = new LinkedHashMap<>();
		try (OnnxEmbedder embedder = new OnnxEmbedder(model)) {
			MatchScorer scorer = new MatchScorer(embedder, skills, new RequirementExtractor(skills),
					new ResumeParser());
			List<Ranking.Scored> scored = score(scorer, Path.of(config.getProperty("pairs")),
					YearMonth.parse(config.getProperty("as-of")));
			figures.put("algorithm", MatchScorer.ALGORITHM);
			figures.put("pairs", scored.size());
			figures.put("auroc", round(Ranking.auroc(scored)));
			figures.put("ndcg", round(Ranking.ndcg(scored)));
			scored.forEach((s) -> System.out.printf(Locale.ROOT, "  %3d  %-7s %s | %s%n", s.score(),
					GAINS.entrySet()
						.stream()
						.filter((e) -> e.getValue() == s.gain())
						.findFirst()
						.orElseThrow()
						.getKey(),
					s.resume(), s.job()));
		}
		List<Path> spans = Arrays.stream(config.getProperty("skillspan").split(",")).map(Path::of).toList();
		SkillSpans.Counts counts = SkillSpans.evaluate(spans, skills);
		figures.put("knowledgeSpans", counts.gold());
		figures.put("skillPrecision", round(counts.precision()));
		figures.put("skillRecall", round(counts.recall()));
		figures.put("skillF1", round(counts.f1()));
		figures.put("skillPartialF1", round(counts.partialF1()));
		JsonMapper json = JsonMapper.builder().build();
		String summary = json.writerWithDefaultPrettyPrinter().writeValueAsString(figures);
		System.out.println(summary);
		Path baseline = Path.of(config.getProperty("baseline"));
		if (args.length > 0 && args[0].equals("--write-baseline")) {
			Files.writeString(baseline, summary + "\n");
			System.out.println("baseline written: " + baseline);
			return;
		}
		System.exit(compare(json.readTree(Files.readString(baseline)), figures,
				Double.parseDouble(config.getProperty("tolerance"))));
	}

	private static List<Ranking.Scored> score(MatchScorer scorer, Path pairs, YearMonth asOf) throws Exception {
		List<Ranking.Scored> scored = new ArrayList<>();
		for (String line : Files.readAllLines(pairs).subList(1, Files.readAllLines(pairs).size())) {
			String[] f = line.split("\t");
			int score = scorer
				.score(Files.readString(Path.of("evals", f[0])), Files.readString(Path.of("evals", f[1])), asOf)
				.score();
			scored.add(new Ranking.Scored(f[0], f[1], GAINS.get(f[2]), score));
		}
		return scored;
	}

	private static int compare(JsonNode baseline, Map<String, Object> figures, double tolerance) {
		int regressions = 0;
		for (String metric : List.of("auroc", "ndcg", "skillPrecision", "skillRecall", "skillF1", "skillPartialF1")) {
			double before = baseline.get(metric).asDouble();
			double now = (double) figures.get(metric);
			String verdict = (now < before - tolerance) ? "REGRESSION" : (now > before + tolerance) ? "better" : "ok";
			regressions += verdict.equals("REGRESSION") ? 1 : 0;
			System.out.printf(Locale.ROOT, "%-16s %.4f (baseline %.4f) %s%n", metric, now, before, verdict);
		}
		System.out.println((regressions == 0) ? "eval: no regression" : "eval: " + regressions + " regression(s)");
		return (regressions == 0) ? 0 : 1;
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
