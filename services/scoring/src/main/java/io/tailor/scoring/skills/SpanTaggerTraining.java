package io.tailor.scoring.skills;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains the {@link SpanTagger} from lines whose knowledge spans are known: an averaged
 * structured perceptron, lines visited in a seeded order, so that the same lines and
 * dictionary always give the same weights. The result is the tagger's resource text.
 */
public final class SpanTaggerTraining {

	static final String TRANSITION = "#transition:";

	static final String CONTEXT = "#context:";

	static final String CONTEXT_MODEL = "#context-model:";

	private static final float SMALLEST = 0.0005f;

	private SpanTaggerTraining() {
	}

	/** A line and the character ranges of its gold spans. */
	public record Line(String text, List<int[]> spans) {
	}

	public static String train(List<Line> lines, SkillDictionary dictionary, int epochs, long seed) {
		return train(lines, dictionary, null, 0, epochs, seed);
	}

	/**
	 * With context vectors, each token's vector and its neighbours'
	 * ({@link SpanFeatures#context}) times {@code scale} are dense features beside the
	 * others; the written weights are scaled back, so the tagger reads unit vectors.
	 */
	public static String train(List<Line> lines, SkillDictionary dictionary, ContextVectors vectors, float scale,
			int epochs, long seed) {
		List<List<List<String>>> features = new ArrayList<>();
		List<List<Tokens.Token>> tokens = new ArrayList<>();
		List<int[]> gold = new ArrayList<>();
		for (Line line : lines) {
			tokens.add(Tokens.of(line.text()));
			features.add(SpanFeatures.of(line.text(), tokens.getLast(), dictionary));
			gold.add(tags(tokens.getLast(), line.spans()));
		}
		List<float[][]> dense = (vectors != null)
				? SpanFeatures.context(vectors, lines.stream().map(Line::text).toList(), tokens)
					.stream()
					.map((v) -> scaled(v, scale))
					.toList()
				: java.util.Collections.nCopies(lines.size(), null);
		Averaged model = new Averaged((vectors != null) ? SpanFeatures.contextDimensions(vectors) : 0, scale);
		String header = (vectors != null) ? CONTEXT_MODEL + vectors.model() + "\n" : "";
		List<Integer> order = new ArrayList<>();
		for (int k = 0; k < lines.size(); k++) {
			order.add(k);
		}
		Random random = new Random(seed);
		for (int epoch = 0; epoch < epochs; epoch++) {
			Collections.shuffle(order, random);
			for (int k : order) {
				model.learn(features.get(k), dense.get(k), gold.get(k));
			}
		}
		return header + model.write();
	}

	private static float[][] scaled(float[][] vectors, float scale) {
		for (float[] v : vectors) {
			for (int d = 0; d < v.length; d++) {
				v[d] *= scale;
			}
		}
		return vectors;
	}

	/** B on a span's first token, I on its others, O elsewhere. */
	static int[] tags(List<Tokens.Token> tokens, List<int[]> spans) {
		int[] tags = new int[tokens.size()];
		for (int[] span : spans) {
			boolean first = true;
			for (int i = 0; i < tokens.size(); i++) {
				Tokens.Token t = tokens.get(i);
				if (t.start() >= span[0] && t.end() <= span[1]) {
					tags[i] = first ? SpanTagger.B : SpanTagger.I;
					first = false;
				}
			}
		}
		return tags;
	}

	/**
	 * Perceptron weights with their running sums, for the averaged weights at the end.
	 */
	private static final class Averaged {

		private final Map<String, float[]> weights = new HashMap<>();

		private final Map<String, float[]> sums = new HashMap<>();

		private final float[][] transitions = new float[SpanTagger.TAGS + 1][SpanTagger.TAGS];

		private final float[][] transitionSums = new float[SpanTagger.TAGS + 1][SpanTagger.TAGS];

		private final float[][] context;

		private final float[][] contextSums;

		private final float scale;

		private int step = 1;

		Averaged(int dimensions, float scale) {
			this.context = (dimensions > 0) ? new float[dimensions][SpanTagger.TAGS] : null;
			this.contextSums = (dimensions > 0) ? new float[dimensions][SpanTagger.TAGS] : null;
			this.scale = scale;
		}

		void learn(List<List<String>> features, float[][] vectors, int[] gold) {
			int[] guess = new SpanTagger(this.weights, this.transitions, this.context, null).decode(features, vectors);
			for (int i = 0; i < gold.length; i++) {
				int previousGold = (i == 0) ? SpanTagger.START : gold[i - 1];
				int previousGuess = (i == 0) ? SpanTagger.START : guess[i - 1];
				if (gold[i] != guess[i] || previousGold != previousGuess) {
					for (String feature : features.get(i)) {
						update(feature, gold[i], 1);
						update(feature, guess[i], -1);
					}
					updateTransition(previousGold, gold[i], 1);
					updateTransition(previousGuess, guess[i], -1);
					if (vectors != null) {
						updateContext(vectors[i], gold[i], 1);
						updateContext(vectors[i], guess[i], -1);
					}
				}
			}
			this.step++;
		}

		private void update(String feature, int tag, float by) {
			this.weights.computeIfAbsent(feature, (k) -> new float[SpanTagger.TAGS])[tag] += by;
			this.sums.computeIfAbsent(feature, (k) -> new float[SpanTagger.TAGS])[tag] += by * this.step;
		}

		private void updateContext(float[] vector, int tag, float by) {
			for (int d = 0; d < vector.length; d++) {
				this.context[d][tag] += by * vector[d];
				this.contextSums[d][tag] += by * vector[d] * this.step;
			}
		}

		private void updateTransition(int from, int tag, float by) {
			this.transitions[from][tag] += by;
			this.transitionSums[from][tag] += by * this.step;
		}

		String write() {
			StringBuilder out = new StringBuilder();
			for (int row = 0; row < this.transitions.length; row++) {
				append(out, TRANSITION + row, average(this.transitions[row], this.transitionSums[row]));
			}
			for (int d = 0; this.context != null && d < this.context.length; d++) {
				float[] average = average(this.context[d], this.contextSums[d]);
				for (int tag = 0; tag < average.length; tag++) {
					average[tag] *= this.scale;
				}
				append(out, CONTEXT + d, average);
			}
			Map<String, float[]> sorted = new TreeMap<>(this.weights);
			sorted.forEach((feature, w) -> {
				float[] average = average(w, this.sums.get(feature));
				if (Math.abs(average[0]) >= SMALLEST || Math.abs(average[1]) >= SMALLEST
						|| Math.abs(average[2]) >= SMALLEST) {
					append(out, feature, average);
				}
			});
			return out.toString();
		}

		private float[] average(float[] w, float[] sum) {
			float[] average = new float[w.length];
			for (int tag = 0; tag < w.length; tag++) {
				average[tag] = w[tag] - sum[tag] / this.step;
			}
			return average;
		}

		private static void append(StringBuilder out, String feature, float[] w) {
			out.append(feature);
			for (float v : w) {
				out.append('\t').append(String.format(Locale.ROOT, "%.3f", v));
			}
			out.append('\n');
		}

	}

}
