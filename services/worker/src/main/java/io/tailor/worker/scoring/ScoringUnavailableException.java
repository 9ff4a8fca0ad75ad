package io.tailor.worker.scoring;

/** The scoring service could not be reached or failed; trying again later may work. */
public class ScoringUnavailableException extends RuntimeException {

	public ScoringUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
