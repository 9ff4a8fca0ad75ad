package io.tailor.scoring.skills;

/**
 * Forward and backward sums over the B/I/O tag paths of a line, in log space, from each
 * token's tag scores and the transition scores (row {@link SpanTagger#START} before the
 * first token); a span is entered only at its beginning.
 */
final class Chain {

	private static final double NONE = Double.NEGATIVE_INFINITY;

	private Chain() {
	}

	static double[][] forward(double[][] emission, double[][] transitions) {
		int n = emission.length;
		double[][] alpha = new double[n][SpanTagger.TAGS];
		for (int tag = 0; tag < SpanTagger.TAGS; tag++) {
			alpha[0][tag] = allowed(SpanTagger.START, tag) ? transitions[SpanTagger.START][tag] + emission[0][tag]
					: NONE;
		}
		for (int i = 1; i < n; i++) {
			for (int tag = 0; tag < SpanTagger.TAGS; tag++) {
				double[] paths = new double[SpanTagger.TAGS];
				for (int from = 0; from < SpanTagger.TAGS; from++) {
					paths[from] = allowed(from, tag) ? alpha[i - 1][from] + transitions[from][tag] : NONE;
				}
				alpha[i][tag] = logSum(paths) + emission[i][tag];
			}
		}
		return alpha;
	}

	static double[][] backward(double[][] emission, double[][] transitions) {
		int n = emission.length;
		double[][] beta = new double[n][SpanTagger.TAGS];
		for (int i = n - 2; i >= 0; i--) {
			for (int from = 0; from < SpanTagger.TAGS; from++) {
				double[] paths = new double[SpanTagger.TAGS];
				for (int tag = 0; tag < SpanTagger.TAGS; tag++) {
					paths[tag] = allowed(from, tag) ? transitions[from][tag] + emission[i + 1][tag] + beta[i + 1][tag]
							: NONE;
				}
				beta[i][from] = logSum(paths);
			}
		}
		return beta;
	}

	static boolean allowed(int from, int tag) {
		return tag != SpanTagger.I || (from != SpanTagger.O && from != SpanTagger.START);
	}

	static double logSum(double[] values) {
		double max = NONE;
		for (double v : values) {
			max = Math.max(max, v);
		}
		if (max == NONE) {
			return NONE;
		}
		double sum = 0;
		for (double v : values) {
			sum += Math.exp(v - max);
		}
		return max + Math.log(sum);
	}

}
