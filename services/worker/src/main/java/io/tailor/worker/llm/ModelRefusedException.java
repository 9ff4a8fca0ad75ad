package io.tailor.worker.llm;

/**
 * The provider's content filter refused the request or the answer; retrying will not
 * help.
 */
public class ModelRefusedException extends RuntimeException {

	public ModelRefusedException(String message, Throwable cause) {
		super(message, cause);
	}

}
