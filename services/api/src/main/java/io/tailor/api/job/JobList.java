package io.tailor.api.job;

import java.util.List;

/** A page of the caller's jobs, newest first; {@code next} is absent on the last page. */
record JobList(List<JobSummary> items, String nextCursor, String next) {
}
