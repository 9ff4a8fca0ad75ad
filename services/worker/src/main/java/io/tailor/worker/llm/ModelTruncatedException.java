package io.tailor.worker.llm;

/**
 * The answer stopped at the output token limit, so it is incomplete. {@link #spent()} is
 * the call's token count (the provider bills it), or null when unknown.
 */
public class ModelTruncatedException extends RuntimeException {

	private final transient ModelReply spent;

	public ModelTruncatedException(String message) {
		this(message, null);
	}

	public ModelTruncatedException(String message, ModelReply spent) {
		super(message);
		this.spent = spent;
	}

	public ModelReply spent() {
		return this.spent;
	}

}
