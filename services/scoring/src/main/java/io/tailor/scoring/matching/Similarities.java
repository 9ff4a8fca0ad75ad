package io.tailor.scoring.matching;

import java.util.List;
import java.util.stream.Stream;

import io.tailor.scoring.embedding.Embedder;
import io.tailor.scoring.embedding.Vectors;
import io.tailor.scoring.parsing.ResumeLine;

/**
 * Cosine similarity of each query to each résumé line, embedded in one call and rounded
 * to four decimals, so that decisions made on them are the same for the same texts.
 */
final class Similarities {

	private Similarities() {
	}

	/** {@code [query][line]}. */
	static double[][] of(Embedder embedder, List<String> queries, List<ResumeLine> lines) {
		List<String> texts = Stream.concat(queries.stream(), lines.stream().map(ResumeLine::text)).toList();
		List<float[]> vectors = texts.isEmpty() ? List.of() : embedder.embed(texts);
		double[][] similarity = new double[queries.size()][lines.size()];
		for (int q = 0; q < queries.size(); q++) {
			for (int l = 0; l < lines.size(); l++) {
				similarity[q][l] = round(Vectors.dot(vectors.get(q), vectors.get(queries.size() + l)));
			}
		}
		return similarity;
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
