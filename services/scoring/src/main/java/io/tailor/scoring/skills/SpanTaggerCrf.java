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
 * Trains the {@link SpanTagger} as a linear-chain conditional random field: the
 * log-likelihood of the gold tags, L2-regularised, by AdaGrad, lines visited in a seeded
 * order. It writes the same resource as {@link SpanTaggerTraining}, which the tagger
 * decodes the same way.
 */
public final class SpanTaggerCrf {

	private static final float SMALLEST = 0.0005f;

	/**
	 * Learning settings: AdaGrad's rate, the L2 weight, and the passes over the lines.
	 */
	public record Settings(double rate, double l2, int epochs, long seed) {
	}

	private final Map<String, Integer> ids = new HashMap<>();

	private final List<double[]> weights = new ArrayList<>();

	private final List<double[]> squares = new ArrayList<>();

	private final double[][] transitions = new double[SpanTagger.TAGS + 1][SpanTagger.TAGS];

	private final double[][] transitionSquares = new double[SpanTagger.TAGS + 1][SpanTagger.TAGS];

	private final double[][] context;

	private final double[][] contextSquares;

	private final Settings settings;

	private SpanTaggerCrf(int dimensions, Settings settings) {
		this.context = new double[dimensions][SpanTagger.TAGS];
		this.contextSquares = new double[dimensions][SpanTagger.TAGS];
		this.settings = settings;
	}

	/** The tagger's resource text, with context vectors when {@code vectors} is given. */
	public static String train(List<SpanTaggerTraining.Line> lines, SkillDictionary dictionary, ContextVectors vectors,
			Settings settings) {
		List<Example> examples = examples(lines, dictionary, vectors);
		SpanTaggerCrf crf = new SpanTaggerCrf((vectors != null) ? SpanFeatures.contextDimensions(vectors) : 0,
				settings);
		examples.forEach(crf::index);
		List<Example> order = new ArrayList<>(examples);
		Random random = new Random(settings.seed());
		for (int epoch = 0; epoch < settings.epochs(); epoch++) {
			Collections.shuffle(order, random);
			order.forEach(crf::learn);
		}
		return ((vectors != null) ? SpanTaggerTraining.CONTEXT_MODEL + vectors.model() + "\n" : "") + crf.write();
	}

	private static List<Example> examples(List<SpanTaggerTraining.Line> lines, SkillDictionary dictionary,
			ContextVectors vectors) {
		List<List<Tokens.Token>> tokens = lines.stream().map((l) -> Tokens.of(l.text())).toList();
		List<float[][]> dense = (vectors != null)
				? SpanFeatures.context(vectors, lines.stream().map(SpanTaggerTraining.Line::text).toList(), tokens)
				: Collections.nCopies(lines.size(), null);
		List<Example> examples = new ArrayList<>();
		for (int k = 0; k < lines.size(); k++) {
			if (!tokens.get(k).isEmpty()) {
				examples.add(new Example(SpanFeatures.of(lines.get(k).text(), tokens.get(k), dictionary), dense.get(k),
						SpanTaggerTraining.tags(tokens.get(k), lines.get(k).spans())));
			}
		}
		return examples;
	}

	private void index(Example example) {
		for (List<String> features : example.features()) {
			for (String feature : features) {
				this.ids.computeIfAbsent(feature, (f) -> {
					this.weights.add(new double[SpanTagger.TAGS]);
					this.squares.add(new double[SpanTagger.TAGS]);
					return this.weights.size() - 1;
				});
			}
		}
	}

	private void learn(Example example) {
		int n = example.gold().length;
		double[][] emission = emissions(example);
		double[][] forward = Chain.forward(emission, this.transitions);
		double[][] backward = Chain.backward(emission, this.transitions);
		double z = Chain.logSum(forward[n - 1]);
		double[][] emissionGradient = new double[n][SpanTagger.TAGS];
		double[][] transitionGradient = new double[SpanTagger.TAGS + 1][SpanTagger.TAGS];
		for (int i = 0; i < n; i++) {
			for (int tag = 0; tag < SpanTagger.TAGS; tag++) {
				emissionGradient[i][tag] = Math.exp(forward[i][tag] + backward[i][tag] - z)
						- ((example.gold()[i] == tag) ? 1 : 0);
			}
		}
		for (int tag = 0; tag < SpanTagger.TAGS; tag++) {
			transitionGradient[SpanTagger.START][tag] += emissionGradient[0][tag];
		}
		for (int i = 1; i < n; i++) {
			for (int from = 0; from < SpanTagger.TAGS; from++) {
				for (int tag = 0; tag < SpanTagger.TAGS; tag++) {
					if (Chain.allowed(from, tag)) {
						transitionGradient[from][tag] += Math.exp(forward[i - 1][from] + this.transitions[from][tag]
								+ emission[i][tag] + backward[i][tag] - z);
					}
				}
			}
			transitionGradient[example.gold()[i - 1]][example.gold()[i]] -= 1;
		}
		step(example, emissionGradient, transitionGradient);
	}

	private void step(Example example, double[][] emissionGradient, double[][] transitionGradient) {
		Map<Integer, double[]> sparse = new HashMap<>();
		double[][] dense = new double[this.context.length][SpanTagger.TAGS];
		for (int i = 0; i < emissionGradient.length; i++) {
			for (String feature : example.features().get(i)) {
				double[] g = sparse.computeIfAbsent(this.ids.get(feature), (k) -> new double[SpanTagger.TAGS]);
				for (int tag = 0; tag < SpanTagger.TAGS; tag++) {
					g[tag] += emissionGradient[i][tag];
				}
			}
			float[] vector = (example.dense() != null) ? example.dense()[i] : null;
			for (int d = 0; vector != null && d < vector.length; d++) {
				for (int tag = 0; tag < SpanTagger.TAGS; tag++) {
					dense[d][tag] += emissionGradient[i][tag] * vector[d];
				}
			}
		}
		sparse.forEach((id, g) -> update(this.weights.get(id), this.squares.get(id), g));
		for (int d = 0; d < dense.length; d++) {
			update(this.context[d], this.contextSquares[d], dense[d]);
		}
		for (int row = 0; row < this.transitions.length; row++) {
			update(this.transitions[row], this.transitionSquares[row], transitionGradient[row]);
		}
	}

	private void update(double[] w, double[] squares, double[] gradient) {
		for (int tag = 0; tag < w.length; tag++) {
			double g = gradient[tag] + this.settings.l2() * w[tag];
			squares[tag] += g * g;
			w[tag] -= this.settings.rate() * g / (Math.sqrt(squares[tag]) + 1e-8);
		}
	}

	private double[][] emissions(Example example) {
		int n = example.gold().length;
		double[][] emission = new double[n][SpanTagger.TAGS];
		for (int i = 0; i < n; i++) {
			for (String feature : example.features().get(i)) {
				double[] w = this.weights.get(this.ids.get(feature));
				for (int tag = 0; tag < SpanTagger.TAGS; tag++) {
					emission[i][tag] += w[tag];
				}
			}
			float[] vector = (example.dense() != null) ? example.dense()[i] : null;
			for (int d = 0; vector != null && d < vector.length; d++) {
				for (int tag = 0; tag < SpanTagger.TAGS; tag++) {
					emission[i][tag] += vector[d] * this.context[d][tag];
				}
			}
		}
		return emission;
	}

	private String write() {
		StringBuilder out = new StringBuilder();
		for (int row = 0; row < this.transitions.length; row++) {
			append(out, SpanTaggerTraining.TRANSITION + row, this.transitions[row]);
		}
		for (int d = 0; d < this.context.length; d++) {
			append(out, SpanTaggerTraining.CONTEXT + d, this.context[d]);
		}
		new TreeMap<>(this.ids).forEach((feature, id) -> {
			double[] w = this.weights.get(id);
			if (Math.abs(w[0]) >= SMALLEST || Math.abs(w[1]) >= SMALLEST || Math.abs(w[2]) >= SMALLEST) {
				append(out, feature, w);
			}
		});
		return out.toString();
	}

	private static void append(StringBuilder out, String feature, double[] w) {
		out.append(feature);
		for (double v : w) {
			out.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
		}
		out.append('\n');
	}

	private record Example(List<List<String>> features, float[][] dense, int[] gold) {
	}

}
