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

import io.tailor.scoring.TestModel;
import io.tailor.scoring.embedding.Embedder;
import io.tailor.scoring.embedding.EmbeddingProperties;
import io.tailor.scoring.embedding.OnnxEmbedder;
import io.tailor.scoring.matching.MatchScorer;
import io.tailor.scoring.matching.RequirementExtractor;
import io.tailor.scoring.parsing.ResumeParser;
import io.tailor.scoring.skills.SkillExtractor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code make eval}: scores each labelled pair set with the settings pinned in
 * {@code evals/scoring/config.properties}, next to the TF-IDF and mean-embedding
 * baselines computed on the same pairs, with 95 % bootstrap intervals; measures skill
 * extraction on SkillSpan's dev and test halves and ordinary words taken for skills in
 * public occupation texts. Exits non-zero when a gated figure falls more than the
 * tolerance below {@code baseline.json}; {@code --write-baseline} records the figures.
 */
public final class Eval {

	static final Map<String, Integer> GAINS = Map.of("strong", 2, "partial", 1, "none", 0);

	private static final List<String> METHODS = List.of("match", "tfidf", "embedding");

	private Eval() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("ai.djl.offline", "true");
		Properties config = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("evals/scoring/config.properties"))) {
			config.load(in);
		}
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("algorithm", MatchScorer.ALGORITHM);
		try (OnnxEmbedder model = new OnnxEmbedder(model(config))) {
			Embedder embedder = new MemoEmbedder(model);
			boolean same = model.model().equals(SkillExtractor.shippedTagger().contextModel());
			SkillExtractor skills = SkillExtractor.shipped(new MemoContextVectors(same ? model : TestModel.minilm()));
			MatchScorer scorer = new MatchScorer(embedder, skills, new RequirementExtractor(skills),
					new ResumeParser());
			YearMonth asOf = YearMonth.parse(config.getProperty("as-of"));
			for (String set : Boolean.getBoolean("eval.spansOnly") ? new String[0]
					: config.getProperty("pairsets").split(";")) {
				String[] f = set.split("\\|");
				figures.putAll(PairSet.read(f[0].strip(), Path.of(f[1].strip()), Path.of(f[2].strip()))
					.evaluate(scorer, embedder, asOf,
							args.length > 0 && args[0].equals("--verbose") && !f[0].strip().endsWith("-test")));
			}
			for (String split : List.of("dev", "test")) {
				figures.putAll(Screening.evaluate(embedder, split));
			}
			List<Path> spans = Arrays.stream(config.getProperty("skillspan").split(",")).map(Path::of).toList();
			for (SkillSpans.Split split : List.of(SkillSpans.Split.DEV, SkillSpans.Split.TEST)) {
				SkillSpans.Counts counts = SkillSpans.evaluate(spans, skills, split);
				String p = "skillspan." + split.name().toLowerCase(Locale.ROOT) + ".";
				figures.put(p + "gold", counts.gold());
				figures.put(p + "precision", round(counts.precision()));
				figures.put(p + "recall", round(counts.recall()));
				figures.put(p + "f1", round(counts.f1()));
				figures.put(p + "partialF1", round(counts.partialF1()));
			}
			SkillSpans.printDiagnosis();
			figures.putAll(OrdinaryWords.check(Path.of(config.getProperty("occupation-texts")), skills));
		}
		report(figures, config, args);
	}

	static EmbeddingProperties model(Properties config) {
		return new EmbeddingProperties(System.getProperty("eval.model", config.getProperty("model")),
				System.getProperty("eval.tokenizer", config.getProperty("tokenizer")),
				Integer.parseInt(config.getProperty("max-tokens")), Integer.parseInt(config.getProperty("batch-size")),
				Duration.ofMillis(3), "cpu", Integer.parseInt(config.getProperty("workers")),
				Integer.parseInt(config.getProperty("intra-op-threads")));
	}

	private static void report(Map<String, Object> figures, Properties config, String[] args) throws Exception {
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
				Double.parseDouble(config.getProperty("tolerance")), List.of(config.getProperty("gated").split(","))));
	}

	private static int compare(JsonNode baseline, Map<String, Object> figures, double tolerance, List<String> gated) {
		int regressions = 0;
		for (String metric : gated) {
			if (baseline.get(metric) == null) {
				System.out.printf(Locale.ROOT, "%-36s %.4f (no baseline yet)%n", metric, (double) figures.get(metric));
				continue;
			}
			double before = baseline.get(metric).asDouble();
			double now = ((Number) figures.get(metric)).doubleValue();
			boolean lowerIsBetter = metric.endsWith("ordinaryWordHits") || metric.endsWith("falsePositiveRate");
			double change = lowerIsBetter ? before - now : now - before;
			String verdict = (change < -tolerance) ? "REGRESSION" : (change > tolerance) ? "better" : "ok";
			regressions += verdict.equals("REGRESSION") ? 1 : 0;
			System.out.printf(Locale.ROOT, "%-36s %.4f (baseline %.4f) %s%n", metric, now, before, verdict);
		}
		System.out.println((regressions == 0) ? "eval: no regression" : "eval: " + regressions + " regression(s)");
		return (regressions == 0) ? 0 : 1;
	}

	static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

	/** One labelled set of résumé × job pairs, scored by the match and both baselines. */
	record PairSet(String name, List<String[]> pairs) {

		static PairSet read(String name, Path file, Path root) throws Exception {
			List<String[]> pairs = new ArrayList<>();
			List<String> lines = Files.readAllLines(file);
			for (String line : lines.subList(1, lines.size())) {
				String[] f = line.split("\t");
				pairs.add(new String[] { Files.readString(root.resolve(f[0])), Files.readString(root.resolve(f[1])),
						f[2], f[0], f[1] });
			}
			return new PairSet(name, pairs);
		}

		Map<String, Object> evaluate(MatchScorer scorer, Embedder embedder, YearMonth asOf, boolean verbose) {
			Baselines baselines = new Baselines(Baselines.texts(this.pairs), embedder);
			Map<String, List<Ranking.Scored>> scored = new LinkedHashMap<>();
			METHODS.forEach((m) -> scored.put(m, new ArrayList<>()));
			for (String[] p : this.pairs) {
				int gain = GAINS.get(p[2]);
				add(scored, "match", p, gain, scorer.score(p[0], p[1], asOf).score());
				add(scored, "tfidf", p, gain, baselines.tfidf(p[0], p[1]));
				add(scored, "embedding", p, gain, baselines.embedding(p[0], p[1]));
			}
			if (verbose) {
				scored.get("match")
					.forEach((s) -> System.out.printf(Locale.ROOT, "  %5.1f  gain %d  %s | %s%n", s.score(), s.gain(),
							s.resume(), s.job()));
			}
			Map<String, Object> figures = table(scored);
			figures.putAll(bands(scored.get("match")));
			return figures;
		}

		/**
		 * What a score means on this set: per band of the 0-100 score, the pairs and the
		 * share that fit.
		 */
		private Map<String, Object> bands(List<Ranking.Scored> match) {
			Map<String, Object> figures = new LinkedHashMap<>();
			System.out.printf(Locale.ROOT, "match score band: pairs, share strong or partial%n");
			for (int low = 0; low < 100; low += 25) {
				int from = low;
				int to = (low == 75) ? 101 : low + 25;
				List<Ranking.Scored> in = match.stream().filter((m) -> m.score() >= from && m.score() < to).toList();
				double fit = in.isEmpty() ? 0 : (double) in.stream().filter((m) -> m.gain() > 0).count() / in.size();
				System.out.printf(Locale.ROOT, "  %3d-%-3d %4d  %.2f%n", from,
						Math.min(to, 100) - ((to == 101) ? 0 : 1), in.size(), fit);
				figures.put(this.name + ".band." + from + ".pairs", in.size());
				figures.put(this.name + ".band." + from + ".fit", round(fit));
			}
			return figures;
		}

		private Map<String, Object> table(Map<String, List<Ranking.Scored>> scored) {
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put(this.name + ".pairs", this.pairs.size());
			System.out.printf(Locale.ROOT, "%n== %s: %d pairs%n%-10s %-26s %-26s %-26s %-26s%n", this.name,
					this.pairs.size(), "", "AUROC [95% CI]", "Kendall tau-b [95% CI]", "NDCG [95% CI]",
					"tau-b of jobs per résumé");
			for (String method : METHODS) {
				List<Ranking.Scored> s = scored.get(method);
				Ranking.Interval auroc = Ranking.bootstrap(s, Ranking::auroc, false);
				Ranking.Interval tau = Ranking.bootstrap(s, Ranking::kendall, true);
				Ranking.Interval ndcg = Ranking.bootstrap(s, Ranking::ndcg, true);
				Ranking.Interval jobs = Ranking.bootstrap(Ranking.perResume(s), Ranking::kendall, true);
				System.out.printf(Locale.ROOT, "%-10s %-26s %-26s %-26s %-26s%n", method, format(auroc), format(tau),
						format(ndcg), format(jobs));
				put(figures, this.name + "." + method + ".auroc", auroc);
				put(figures, this.name + "." + method + ".kendall", tau);
				put(figures, this.name + "." + method + ".ndcg", ndcg);
				put(figures, this.name + "." + method + ".kendallPerResume", jobs);
			}
			System.out.printf(Locale.ROOT, "Δ: match minus the baseline on the same pairs, paired bootstrap 95%% CI%n");
			for (String baseline : METHODS.subList(1, METHODS.size())) {
				List<Ranking.Scored> match = scored.get("match");
				List<Ranking.Scored> other = scored.get(baseline);
				Ranking.Interval auroc = Ranking.difference(match, other, Ranking::auroc, false);
				Ranking.Interval tau = Ranking.difference(match, other, Ranking::kendall, true);
				Ranking.Interval ndcg = Ranking.difference(match, other, Ranking::ndcg, true);
				Ranking.Interval jobs = Ranking.difference(Ranking.perResume(match), Ranking.perResume(other),
						Ranking::kendall, true);
				System.out.printf(Locale.ROOT, "%-10s %-26s %-26s %-26s %-26s%n", "Δ " + baseline, signed(auroc),
						signed(tau), signed(ndcg), signed(jobs));
				put(figures, this.name + ".match-" + baseline + ".auroc", auroc);
				put(figures, this.name + ".match-" + baseline + ".kendall", tau);
				put(figures, this.name + ".match-" + baseline + ".ndcg", ndcg);
				put(figures, this.name + ".match-" + baseline + ".kendallPerResume", jobs);
			}
			return figures;
		}

		/**
		 * A difference with its paired interval: above 0 throughout means match is
		 * better.
		 */
		private static String signed(Ranking.Interval i) {
			return String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", i.value(), i.low(), i.high());
		}

		private static void add(Map<String, List<Ranking.Scored>> scored, String method, String[] p, int gain,
				double score) {
			scored.get(method).add(new Ranking.Scored(p[3], p[4], gain, score));
		}

		private static void put(Map<String, Object> figures, String key, Ranking.Interval interval) {
			figures.put(key, round(interval.value()));
			figures.put(key + ".ci", List.of(round(interval.low()), round(interval.high())));
		}

		private static String format(Ranking.Interval i) {
			return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", i.value(), i.low(), i.high());
		}

	}

}
