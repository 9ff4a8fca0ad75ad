package io.tailor.jobs.job;

import java.util.UUID;

/**
 * What the api records when it accepts a submission, or a candidate's edit of a result.
 */
public record NewJob(UUID id, String owner, String blobKey, ResumeFormat format, String fileName, String jobDescription,
		String idempotencyKey, JobRevision revision) {

	public NewJob(UUID id, String owner, String blobKey, ResumeFormat format, String fileName, String jobDescription,
			String idempotencyKey) {
		this(id, owner, blobKey, format, fileName, jobDescription, idempotencyKey, JobRevision.ORIGINAL);
	}

}
