package io.tailor.worker.consuming;

/**
 * The job changed under the worker (cancelled, or the lease passed on): stop working on
 * it.
 */
class JobChangedException extends RuntimeException {

	JobChangedException(String message) {
		super(message);
	}

}
