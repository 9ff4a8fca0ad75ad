package io.tailor.api.job;

/** A submission that cannot be accepted as sent; the message says what to fix. */
class InvalidSubmissionException extends RuntimeException {

	private final String problem;

	InvalidSubmissionException(String problem, String message) {
		super(message);
		this.problem = problem;
	}

	/** The slug of the problem type, e.g. {@code unsupported-resume-type}. */
	String problem() {
		return this.problem;
	}

}
