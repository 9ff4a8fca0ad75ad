package io.tailor.api.job;

import io.tailor.jobs.job.JobStatus;

/** The job has no result (yet, or ever, when it failed or was cancelled). */
class ResultNotReadyException extends RuntimeException {

	ResultNotReadyException(JobStatus status) {
		super("The job is " + status + "; a result exists only once it has SUCCEEDED");
	}

}
