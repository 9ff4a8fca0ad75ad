package io.tailor.jobs.job;

import java.util.UUID;

/** What the api records when it accepts a submission. */
public record NewJob(UUID id, String owner, String blobKey, ResumeFormat format, String fileName, String jobDescription,
		String idempotencyKey) {
}
