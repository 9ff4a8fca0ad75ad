package io.tailor.worker.scoring;

/** The scoring service refused the input as sent; trying again will not help. */
public class ScoringRejectedException extends RuntimeException {

	public ScoringRejectedException(String message) {
		super(message);
	}

}
