package io.tailor.scoring.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks the spans of a line that name knowledge (tools, technologies, fields of
 * knowledge), the way SkillSpan's annotators did: first-order scores over B/I/O tags with
 * Viterbi decoding, its weights in the {@code skills/span-tagger.tsv} resource that
 * {@link SpanTaggerCrf} (or the perceptron of {@link SpanTaggerTraining}) writes.
 */
public final class SpanTagger {

	static final int O = 0;

	static final int B = 1;

	static final int I = 2;

	static final int TAGS = 3;

	/** Row of the transition table for the position before the first token. */
	static final int START = 3;

	private final Map<String, float[]> weights;

	private final float[][] transitions;

	/** Per dimension of the context vectors, a weight per tag; null without them. */
	private final float[][] context;

	private final String contextModel;

	SpanTagger(Map<String, float[]> weights, float[][] transitions, float[][] context, String contextModel) {
		this.weights = weights;
		this.transitions = transitions;
		this.context = context;
		this.contextModel = contextModel;
	}

	/** Whether the tagger saw this word (normalised, as a token) in training. */
	boolean knows(String word) {
		return this.weights.containsKey("w=" + word);
	}

	/** Whether the tagger reads {@link ContextVectors} besides its features. */
	public boolean readsContext() {
		return this.context != null;
	}

	int contextDimensions() {
		return (this.context != null) ? this.context.length : 0;
	}

	/** The model whose context vectors the tagger was trained on, or null. */
	public String contextModel() {
		return this.contextModel;
	}

	public static SpanTagger load(String resource) {
		try (InputStream in = SpanTagger.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Span tagger not on the classpath: " + resource);
			}
			return read(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A tagger from the text {@link SpanTaggerTraining#train} wrote. */
	public static SpanTagger of(String text) {
		try {
			return read(new StringReader(text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Token ranges {@code [first, last + 1)} of the spans in this line. */
	List<int[]> spans(List<List<String>> features, float[][] vectors) {
		int[] tags = decode(features, vectors);
		List<int[]> spans = new ArrayList<>();
		for (int i = 0; i < tags.length; i++) {
			if (tags[i] == B) {
				int end = i + 1;
				while (end < tags.length && tags[end] == I) {
					end++;
				}
				spans.add(new int[] { i, end });
			}
		}
		return spans;
	}

	int[] decode(List<List<String>> features, float[][] vectors) {
		int n = features.size();
		int[] tags = new int[n];
		if (n == 0) {
			return tags;
		}
		double[][] best = new double[n][TAGS];
		int[][] from = new int[n][TAGS];
		for (int i = 0; i < n; i++) {
			double[] emission = emission(features.get(i), (vectors != null) ? vectors[i] : null);
			for (int tag = 0; tag < TAGS; tag++) {
				best[i][tag] = Double.NEGATIVE_INFINITY;
				for (int previous = 0; previous < ((i == 0) ? 1 : TAGS); previous++) {
					int row = (i == 0) ? START : previous;
					if (tag == I && (row == O || row == START)) {
						continue;
					}
					double score = ((i == 0) ? 0 : best[i - 1][previous]) + this.transitions[row][tag] + emission[tag];
					if (score > best[i][tag]) {
						best[i][tag] = score;
						from[i][tag] = previous;
					}
				}
			}
		}
		int tag = argmax(best[n - 1]);
		for (int i = n - 1; i >= 0; i--) {
			tags[i] = tag;
			tag = from[i][tag];
		}
		return tags;
	}

	/**
	 * Per token, the probability that it is outside every span, from the tags' scores
	 * read as a linear-chain CRF's (forward-backward).
	 */
	double[] outside(List<List<String>> features, float[][] vectors) {
		int n = features.size();
		double[][] emission = new double[n][];
		for (int i = 0; i < n; i++) {
			emission[i] = emission(features.get(i), (vectors != null) ? vectors[i] : null);
		}
		double[][] transitions = new double[TAGS + 1][TAGS];
		for (int row = 0; row <= TAGS; row++) {
			for (int tag = 0; tag < TAGS; tag++) {
				transitions[row][tag] = this.transitions[row][tag];
			}
		}
		double[][] forward = Chain.forward(emission, transitions);
		double[][] backward = Chain.backward(emission, transitions);
		double z = Chain.logSum(forward[n - 1]);
		double[] outside = new double[n];
		for (int i = 0; i < n; i++) {
			outside[i] = Math.exp(forward[i][O] + backward[i][O] - z);
		}
		return outside;
	}

	private double[] emission(List<String> features, float[] vector) {
		double[] score = new double[TAGS];
		if (this.context != null && vector != null) {
			for (int d = 0; d < vector.length; d++) {
				for (int tag = 0; tag < TAGS; tag++) {
					score[tag] += vector[d] * this.context[d][tag];
				}
			}
		}
		for (String feature : features) {
			float[] w = this.weights.get(feature);
			if (w != null) {
				for (int tag = 0; tag < TAGS; tag++) {
					score[tag] += w[tag];
				}
			}
		}
		return score;
	}

	private static int argmax(double[] values) {
		int best = 0;
		for (int k = 1; k < values.length; k++) {
			if (values[k] > values[best]) {
				best = k;
			}
		}
		return best;
	}

	private static SpanTagger read(Reader in) throws IOException {
		BufferedReader reader = new BufferedReader(in);
		Map<String, float[]> weights = new HashMap<>();
		Map<Integer, float[]> context = new HashMap<>();
		float[][] transitions = new float[TAGS + 1][TAGS];
		String model = null;
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.startsWith(SpanTaggerTraining.CONTEXT_MODEL)) {
				model = line.substring(SpanTaggerTraining.CONTEXT_MODEL.length());
				continue;
			}
			String[] f = line.split("\t", -1);
			float[] w = { Float.parseFloat(f[1]), Float.parseFloat(f[2]), Float.parseFloat(f[3]) };
			if (f[0].startsWith(SpanTaggerTraining.TRANSITION)) {
				transitions[Integer.parseInt(f[0].substring(SpanTaggerTraining.TRANSITION.length()))] = w;
			}
			else if (f[0].startsWith(SpanTaggerTraining.CONTEXT)) {
				context.put(Integer.parseInt(f[0].substring(SpanTaggerTraining.CONTEXT.length())), w);
			}
			else {
				weights.put(f[0], w);
			}
		}
		return new SpanTagger(weights, transitions, context.isEmpty() ? null : dense(context), model);
	}

	private static float[][] dense(Map<Integer, float[]> rows) {
		float[][] context = new float[rows.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1][];
		for (int d = 0; d < context.length; d++) {
			context[d] = rows.getOrDefault(d, new float[TAGS]);
		}
		return context;
	}

}
