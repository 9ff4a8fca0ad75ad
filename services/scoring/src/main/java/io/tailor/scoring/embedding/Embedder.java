package io.tailor.scoring.embedding;

import java.util.List;

/**
 * Turns texts into unit-length sentence vectors; the dot product of two vectors is their
 * cosine similarity.
 */
public interface Embedder {

	/** One vector per text, in the order given. */
	List<float[]> embed(List<String> texts);

	ModelInfo info();

}
