package io.tailor.scoring.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tailor.scoring.embedding.Embedder;

/**
 * The two baselines every figure is reported next to, computed on the same pairs: TF-IDF
 * cosine (words of letters and digits, lower-cased, smooth IDF over every document of the
 * pair set, l2-normalised raw counts) and the cosine of the mean line embedding of each
 * text with the scoring model.
 */
final class Baselines {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private final Map<String, Double> idf = new HashMap<>();

	private final Embedder embedder;

	private final Map<String, float[]> means = new HashMap<>();

	Baselines(List<String> documents, Embedder embedder) {
		this.embedder = embedder;
		Map<String, Integer> df = new HashMap<>();
		for (String document : documents) {
			counts(document).keySet().forEach((w) -> df.merge(w, 1, Integer::sum));
		}
		df.forEach((w, n) -> this.idf.put(w, Math.log((1.0 + documents.size()) / (1.0 + n)) + 1));
	}

	double tfidf(String a, String b) {
		Map<String, Double> va = vector(a);
		Map<String, Double> vb = vector(b);
		double dot = 0;
		for (Map.Entry<String, Double> e : va.entrySet()) {
			dot += e.getValue() * vb.getOrDefault(e.getKey(), 0.0);
		}
		return dot;
	}

	double embedding(String a, String b) {
		float[] x = this.means.computeIfAbsent(a, this::mean);
		float[] y = this.means.computeIfAbsent(b, this::mean);
		double dot = 0;
		for (int i = 0; i < x.length; i++) {
			dot += x[i] * y[i];
		}
		return dot;
	}

	private float[] mean(String text) {
		List<String> lines = text.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
		List<float[]> vectors = this.embedder.embed(lines.isEmpty() ? List.of(" ") : lines);
		float[] sum = new float[vectors.get(0).length];
		vectors.forEach((v) -> {
			for (int i = 0; i < v.length; i++) {
				sum[i] += v[i];
			}
		});
		double norm = 0;
		for (float v : sum) {
			norm += v * v;
		}
		float scale = (float) (1 / Math.sqrt(Math.max(norm, 1e-12)));
		for (int i = 0; i < sum.length; i++) {
			sum[i] *= scale;
		}
		return sum;
	}

	private Map<String, Double> vector(String text) {
		Map<String, Double> v = new HashMap<>();
		counts(text).forEach((w, n) -> v.put(w, n * this.idf.getOrDefault(w, 1.0)));
		double norm = Math.sqrt(v.values().stream().mapToDouble((x) -> x * x).sum());
		v.replaceAll((w, x) -> (norm == 0) ? 0 : x / norm);
		return v;
	}

	private static Map<String, Integer> counts(String text) {
		Map<String, Integer> counts = new HashMap<>();
		Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (m.find()) {
			counts.merge(m.group(), 1, Integer::sum);
		}
		return counts;
	}

	static List<String> texts(List<String[]> pairs) {
		List<String> texts = new ArrayList<>();
		pairs.forEach((p) -> {
			texts.add(p[0]);
			texts.add(p[1]);
		});
		return texts.stream().distinct().toList();
	}

}
