package io.tailor.worker.tailoring;

import io.tailor.worker.llm.ModelUnavailableException;

/**
 * The provider stopped answering after it had answered once (an invalid answer, then no
 * answer to the repair): unavailable as {@code cause} says, with the tokens already spent
 * to be charged.
 */
public class UnavailableAfterSpending extends ModelUnavailableException {

	private final transient TailoredResume.TokenUsage spent;

	private final boolean circuitOpen;

	public UnavailableAfterSpending(ModelUnavailableException cause, TailoredResume.TokenUsage spent) {
		super(cause.getMessage(), cause.retryAfter().orElse(null), cause);
		this.spent = spent;
		this.circuitOpen = cause.circuitOpen();
	}

	public TailoredResume.TokenUsage spent() {
		return this.spent;
	}

	@Override
	public boolean circuitOpen() {
		return this.circuitOpen;
	}

}
