package io.tailor.scoring.skills;

import java.util.List;

/**
 * Vectors of a line's words in their context, from a language model that reads the whole
 * line: what the span tagger sees beyond the words themselves.
 */
public interface ContextVectors {

	/**
	 * Per line, one unit vector per character range {@code [start, end)} of it, in the
	 * order given; a zero vector for a range the model did not read (past its token
	 * limit).
	 */
	List<float[][]> of(List<String> lines, List<List<int[]>> ranges);

	int dimensions();

	/** The model's name, as the span tagger records the one it was trained with. */
	String model();

}
