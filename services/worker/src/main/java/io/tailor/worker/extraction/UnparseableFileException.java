package io.tailor.worker.extraction;

import io.tailor.jobs.job.FailureReason;

/**
 * The file cannot be read as its format, or holds no text to read; retrying will not
 * help. {@link #reason()} is the code the job fails with.
 */
public class UnparseableFileException extends RuntimeException {

	private final FailureReason reason;

	public UnparseableFileException(String message, Throwable cause) {
		this(FailureReason.UNPARSEABLE_FILE, message, cause);
	}

	public UnparseableFileException(FailureReason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public FailureReason reason() {
		return this.reason;
	}

}
