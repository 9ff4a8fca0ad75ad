package io.tailor.api.job;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.tailor.jobs.job.FailureReason;
import io.tailor.jobs.job.Job;
import io.tailor.jobs.job.JobStatus;
import io.tailor.jobs.job.ProgressEvent;
import io.tailor.jobs.job.Stage;

/**
 * A job as its owner sees it: status, stage, failure reason, progress and links; for a
 * candidate's edit, the first job of the chain it revises and its revision number (1 for
 * an original submission).
 */
record JobView(UUID id, JobStatus status, Stage stage, FailureReason failureReason, String fileName, Instant createdAt,
		Instant updatedAt, List<ProgressEvent> events, Links links, UUID revisionOf, int revision) {

	static JobView of(Job job, List<ProgressEvent> events) {
		return new JobView(job.id(), job.status(), job.stage(), job.failureReason(), job.fileName(), job.createdAt(),
				job.updatedAt(), events, Links.of(job), job.revision().of(), job.revision().number());
	}

	/** Where to read the job and, once it has succeeded, its result. */
	record Links(String self, String result) {

		static Links of(Job job) {
			String self = "/v1/jobs/" + job.id();
			return new Links(self, (job.status() == JobStatus.SUCCEEDED) ? self + "/result" : null);
		}

	}

}
