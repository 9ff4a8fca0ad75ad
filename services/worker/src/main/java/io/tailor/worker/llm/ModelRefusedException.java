package io.tailor.worker.llm;

/**
 * The provider's content filter refused the request or the answer; retrying will not
 * help. {@link #spent()} is the call's token count when the provider billed an answer it
 * then filtered, else null.
 */
public class ModelRefusedException extends RuntimeException {

	private final transient ModelReply spent;

	public ModelRefusedException(String message, Throwable cause) {
		this(message, cause, null);
	}

	public ModelRefusedException(String message, Throwable cause, ModelReply spent) {
		super(message, cause);
		this.spent = spent;
	}

	public ModelReply spent() {
		return this.spent;
	}

}
