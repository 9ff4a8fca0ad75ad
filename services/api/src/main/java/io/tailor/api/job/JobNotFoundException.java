package io.tailor.api.job;

import java.util.UUID;

/**
 * No job with this id belongs to the caller; said the same way whether it exists or not.
 */
class JobNotFoundException extends RuntimeException {

	JobNotFoundException(UUID id) {
		super("No job " + id);
	}

}
