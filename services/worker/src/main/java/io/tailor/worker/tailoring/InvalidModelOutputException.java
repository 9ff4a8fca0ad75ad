package io.tailor.worker.tailoring;

/** The model's answer did not follow the schema, even after one repair attempt. */
public class InvalidModelOutputException extends RuntimeException {

	public InvalidModelOutputException(String message) {
		super(message);
	}

}
