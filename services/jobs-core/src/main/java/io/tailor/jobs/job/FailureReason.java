package io.tailor.jobs.job;

/** Why a job failed; stable codes that clients may switch on. */
public enum FailureReason {

	/** The file could not be read as the type its content claims. Never retried. */
	UNPARSEABLE_FILE,
	/** The scoring service stayed unreachable through every attempt. */
	SCORING_UNAVAILABLE,
	/**
	 * The scoring service refused the résumé or job description as sent, e.g. too long.
	 */
	SCORING_REJECTED,
	/** The tailored résumé said something the original does not; it was not stored. */
	UNGROUNDED_OUTPUT,
	/** The job failed on every delivery the queue allows. */
	ATTEMPTS_EXHAUSTED

}
