package io.tailor.scoring.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** AUROC of scores against fit labels, and NDCG of each job's ranking of résumés. */
final class Ranking {

	private Ranking() {
	}

	record Scored(String resume, String job, int gain, int score) {
	}

	/** Fit (strong or partial) against none; ties count half. */
	static double auroc(List<Scored> pairs) {
		double wins = 0;
		int comparisons = 0;
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
		Map<String, List<Scored>> byJob = new TreeMap<>();
		pairs.forEach((p) -> byJob.computeIfAbsent(p.job(), (k) -> new ArrayList<>()).add(p));
		return byJob.values().stream().mapToDouble(Ranking::ndcgOf).average().orElse(0);
	}

	private static double ndcgOf(List<Scored> pairs) {
		List<Scored> ranked = pairs.stream()
			.sorted(Comparator.comparingInt(Scored::score).reversed().thenComparing(Scored::resume))
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
