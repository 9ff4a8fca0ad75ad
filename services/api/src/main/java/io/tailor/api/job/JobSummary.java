package io.tailor.api.job;

import java.time.Instant;
import java.util.UUID;

import io.tailor.jobs.job.Job;
import io.tailor.jobs.job.JobStatus;
import io.tailor.jobs.job.Stage;

/** A job in a list: enough to choose which one to open. */
record JobSummary(UUID id, JobStatus status, Stage stage, String fileName, Instant createdAt, JobView.Links links) {

	static JobSummary of(Job job) {
		return new JobSummary(job.id(), job.status(), job.stage(), job.fileName(), job.createdAt(),
				JobView.Links.of(job));
	}

}
