package io.tailor.scoring.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * AUROC of scores against fit labels, NDCG and Kendall τ-b of each job's ranking of
 * résumés (or, turned round, of each résumé's ranking of jobs), percentile bootstrap
 * intervals for them and for the difference between two methods on the same pairs.
 */
final class Ranking {

	private static final int RESAMPLES = 1000;

	private Ranking() {
	}

	record Scored(String resume, String job, int gain, double score) {
	}

	/** A figure with its 95 % bootstrap interval. */
	record Interval(double value, double low, double high) {
	}

	/** Fit (strong or partial) against none; ties count half. */
	static double auroc(List<Scored> pairs) {
		double wins = 0;
		long comparisons = 0;
		for (Scored fit : pairs) {
			for (Scored none : pairs) {
				if (fit.gain() > 0 && none.gain() == 0) {
					comparisons++;
					wins += (fit.score() > none.score()) ? 1 : (fit.score() == none.score()) ? 0.5 : 0;
				}
			}
		}
		return (comparisons == 0) ? 0 : wins / comparisons;
	}

	/**
	 * Mean over jobs of NDCG of the résumés ranked by score, gains strong 2, partial 1.
	 */
	static double ndcg(List<Scored> pairs) {
		return byJob(pairs).values().stream().mapToDouble(Ranking::ndcgOf).average().orElse(0);
	}

	/**
	 * Mean over jobs of Kendall τ-b between score and gain; jobs with one gain only left
	 * out.
	 */
	static double kendall(List<Scored> pairs) {
		return byJob(pairs).values()
			.stream()
			.filter((p) -> p.stream().mapToInt(Scored::gain).distinct().count() > 1)
			.mapToDouble(Ranking::tauB)
			.average()
			.orElse(0);
	}

	/**
	 * Resamples pairs (AUROC) or whole jobs (ranking figures), seeded, 2.5 and 97.5
	 * percentiles.
	 */
	static Interval bootstrap(List<Scored> pairs, ToDoubleFunction<List<Scored>> figure, boolean byJob) {
		List<List<Integer>> units = new ArrayList<>();
		if (byJob) {
			Map<String, List<Integer>> jobs = new TreeMap<>();
			for (int i = 0; i < pairs.size(); i++) {
				jobs.computeIfAbsent(pairs.get(i).job(), (k) -> new ArrayList<>()).add(i);
			}
			units.addAll(jobs.values());
		}
		else {
			for (int i = 0; i < pairs.size(); i++) {
				units.add(List.of(i));
			}
		}
		return interval(figure.applyAsDouble(pairs), units, (drawn) -> figure.applyAsDouble(drawn.apply(pairs)));
	}

	/**
	 * {@code figure(a) − figure(b)} for two methods' scores of the same pairs, in the
	 * same order, with its paired bootstrap interval: each resample draws the same pairs
	 * (AUROC) or jobs (ranking figures) for both, so the interval is that of the
	 * difference, not of either figure.
	 */
	static Interval difference(List<Scored> a, List<Scored> b, ToDoubleFunction<List<Scored>> figure, boolean byJob) {
		Map<String, List<Integer>> grouped = new TreeMap<>();
		for (int i = 0; i < a.size(); i++) {
			grouped.computeIfAbsent(byJob ? a.get(i).job() : Integer.toString(i), (k) -> new ArrayList<>()).add(i);
		}
		return interval(figure.applyAsDouble(a) - figure.applyAsDouble(b), List.copyOf(grouped.values()),
				(drawn) -> figure.applyAsDouble(drawn.apply(a)) - figure.applyAsDouble(drawn.apply(b)));
	}

	/**
	 * The value with the 2.5 and 97.5 percentiles of {@code figure} over seeded resamples
	 * of {@code units} (lists of pair indexes), each drawn unit a copy of its own.
	 */
	private static Interval interval(double value, List<List<Integer>> units, ToDoubleFunction<Draw> figure) {
		Random random = new Random(20261202);
		double[] values = new double[RESAMPLES];
		for (int r = 0; r < RESAMPLES; r++) {
			List<int[]> drawn = new ArrayList<>();
			for (int copy = 0; copy < units.size(); copy++) {
				for (int index : units.get(random.nextInt(units.size()))) {
					drawn.add(new int[] { index, copy });
				}
			}
			values[r] = figure
				.applyAsDouble((pairs) -> drawn.stream().map((d) -> copy(pairs.get(d[0]), d[1])).toList());
		}
		java.util.Arrays.sort(values);
		return new Interval(value, values[(int) (RESAMPLES * 0.025)], values[(int) (RESAMPLES * 0.975) - 1]);
	}

	/** The drawn pairs of one resample, taken from one method's scores. */
	private interface Draw {

		List<Scored> apply(List<Scored> pairs);

	}

	/**
	 * The same pairs grouped the other way, so that the ranking figures rank each
	 * résumé's jobs (as a candidate's list of ads would be ranked) and resample résumés.
	 */
	static List<Scored> perResume(List<Scored> pairs) {
		return pairs.stream().map((p) -> new Scored(p.job(), p.resume(), p.gain(), p.score())).toList();
	}

	private static Scored copy(Scored s, int copy) {
		return new Scored(s.resume(), s.job() + "#" + copy, s.gain(), s.score());
	}

	private static Map<String, List<Scored>> byJob(List<Scored> pairs) {
		Map<String, List<Scored>> byJob = new TreeMap<>();
		pairs.forEach((p) -> byJob.computeIfAbsent(p.job(), (k) -> new ArrayList<>()).add(p));
		return byJob;
	}

	private static double tauB(List<Scored> p) {
		long concordant = 0;
		long discordant = 0;
		long tiedScore = 0;
		long tiedGain = 0;
		for (int i = 0; i < p.size(); i++) {
			for (int j = i + 1; j < p.size(); j++) {
				double ds = Math.signum(p.get(i).score() - p.get(j).score());
				int dg = Integer.signum(p.get(i).gain() - p.get(j).gain());
				if (ds == 0 && dg == 0) {
					continue;
				}
				if (ds == 0) {
					tiedScore++;
				}
				else if (dg == 0) {
					tiedGain++;
				}
				else if (ds == dg) {
					concordant++;
				}
				else {
					discordant++;
				}
			}
		}
		double denominator = Math
			.sqrt((double) (concordant + discordant + tiedScore) * (concordant + discordant + tiedGain));
		return (denominator == 0) ? 0 : (concordant - discordant) / denominator;
	}

	private static double ndcgOf(List<Scored> pairs) {
		List<Scored> ranked = pairs.stream()
			.sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::resume))
			.toList();
		List<Scored> ideal = pairs.stream().sorted(Comparator.comparingInt(Scored::gain).reversed()).toList();
		double best = dcg(ideal);
		return (best == 0) ? 1 : dcg(ranked) / best;
	}

	private static double dcg(List<Scored> ranked) {
		double sum = 0;
		for (int i = 0; i < ranked.size(); i++) {
			sum += (Math.pow(2, ranked.get(i).gain()) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		return sum;
	}

}
