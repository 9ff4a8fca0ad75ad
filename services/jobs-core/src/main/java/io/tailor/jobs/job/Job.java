package io.tailor.jobs.job;

import java.time.Instant;
import java.util.UUID;

/** A submitted résumé and job description, and where its tailoring stands. */
public record Job(UUID id, String owner, JobStatus status, Stage stage, FailureReason failureReason, String blobKey,
		ResumeFormat format, String fileName, String jobDescription, long version, Instant createdAt, Instant updatedAt,
		JobRevision revision) {

	public Job(UUID id, String owner, JobStatus status, Stage stage, FailureReason failureReason, String blobKey,
			ResumeFormat format, String fileName, String jobDescription, long version, Instant createdAt,
			Instant updatedAt) {
		this(id, owner, status, stage, failureReason, blobKey, format, fileName, jobDescription, version, createdAt,
				updatedAt, JobRevision.ORIGINAL);
	}

	public Job moveTo(JobStatus next, Stage nextStage, FailureReason reason) {
		if (!this.status.canMoveTo(next)) {
			throw new IllegalJobTransitionException(this.id, this.status, next);
		}
		return new Job(this.id, this.owner, next, nextStage, reason, this.blobKey, this.format, this.fileName,
				this.jobDescription, this.version, this.createdAt, this.updatedAt, this.revision);
	}

}
