package io.tailor.jobs.job;

import java.util.Set;

/** Where a job is in its lifecycle; a job only moves along the allowed transitions. */
public enum JobStatus {

	QUEUED, PROCESSING, SUCCEEDED, FAILED, CANCELLED;

	public boolean isFinished() {
		return this == SUCCEEDED || this == FAILED || this == CANCELLED;
	}

	public boolean canMoveTo(JobStatus next) {
		return allowedNext().contains(next);
	}

	private Set<JobStatus> allowedNext() {
		return switch (this) {
			case QUEUED -> Set.of(PROCESSING, FAILED, CANCELLED);
			case PROCESSING -> Set.of(PROCESSING, QUEUED, SUCCEEDED, FAILED, CANCELLED);
			case SUCCEEDED, FAILED, CANCELLED -> Set.of();
		};
	}

}
