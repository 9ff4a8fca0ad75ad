package io.tailor.worker.tailoring;

/**
 * A model answered, but nothing usable came of it: its provider filtered or cut off the
 * answer, or the answer was invalid twice, or every line was unsupported. The cause says
 * which; {@link #spent()} is what the calls cost, to be charged although nothing came of
 * them.
 */
public class UnusableAnswerException extends RuntimeException {

	private final transient TailoredResume.TokenUsage spent;

	public UnusableAnswerException(RuntimeException cause, TailoredResume.TokenUsage spent) {
		super(cause.getMessage(), cause);
		this.spent = spent;
	}

	public TailoredResume.TokenUsage spent() {
		return this.spent;
	}

	/** The refusal, truncation or invalid answer behind this. */
	public RuntimeException reason() {
		return (RuntimeException) getCause();
	}

}
