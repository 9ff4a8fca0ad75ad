package io.tailor.jobs.job;

/** Why a job failed; stable codes that clients may switch on. */
public enum FailureReason {

	/** The file could not be read as the type its content claims. Never retried. */
	UNPARSEABLE_FILE,
	/**
	 * The PDF's pages are images with no text layer (a scan or a photo). Tailor does not
	 * guess text from pictures; never retried.
	 */
	IMAGE_ONLY_PDF,
	/** The scoring service stayed unreachable through every attempt. */
	SCORING_UNAVAILABLE,
	/**
	 * The scoring service refused the résumé or job description as sent, e.g. too long.
	 */
	SCORING_REJECTED,
	/** The tailored résumé said something the original does not; it was not stored. */
	UNGROUNDED_OUTPUT,
	/**
	 * The language model refused the content (a content filter); retrying will not help.
	 */
	CONTENT_FILTERED,
	/** The language model's answer was cut off at its output limit. */
	TRUNCATED,
	/**
	 * The language model's answer did not follow the schema, even after one repair
	 * attempt.
	 */
	INVALID_MODEL_OUTPUT,
	/** No language model of the chain answered through every attempt. */
	LLM_UNAVAILABLE,
	/** The job failed on every delivery the queue allows. */
	ATTEMPTS_EXHAUSTED

}
