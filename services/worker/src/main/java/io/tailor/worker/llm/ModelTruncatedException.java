package io.tailor.worker.llm;

/** The answer stopped at the output token limit, so it is incomplete. */
public class ModelTruncatedException extends RuntimeException {

	public ModelTruncatedException(String message) {
		super(message);
	}

}
