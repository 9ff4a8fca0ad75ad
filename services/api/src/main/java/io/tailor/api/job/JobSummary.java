package io.tailor.api.job;

import java.time.Instant;
import java.util.UUID;

import io.tailor.jobs.job.Job;
import io.tailor.jobs.job.JobStatus;
import io.tailor.jobs.job.Stage;

/**
 * A job in a list: enough to choose which one to open: the job title and company its job
 * description names (null when it does not say), the score once it has succeeded, and
 * which revision of which first job it is.
 */
record JobSummary(UUID id, JobStatus status, Stage stage, String fileName, String jobTitle, String company,
		Integer score, Instant createdAt, JobView.Links links, UUID revisionOf, int revision) {

	static JobSummary of(Job job, Integer score) {
		Posting posting = Posting.of(job.jobDescription());
		return new JobSummary(job.id(), job.status(), job.stage(), job.fileName(), posting.title(), posting.company(),
				score, job.createdAt(), JobView.Links.of(job), job.revision().of(), job.revision().number());
	}

}
