package io.tailor.jobs.job;

import java.time.Instant;

/** One step of a job's progress, as recorded when it happened. */
public record ProgressEvent(JobStatus status, Stage stage, String detail, Instant at) {
}
