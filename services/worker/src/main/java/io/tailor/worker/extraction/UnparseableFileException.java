package io.tailor.worker.extraction;

/** The file cannot be read as its format; retrying will not help. */
public class UnparseableFileException extends RuntimeException {

	public UnparseableFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
