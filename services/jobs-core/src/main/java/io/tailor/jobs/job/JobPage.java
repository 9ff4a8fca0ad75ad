package io.tailor.jobs.job;

import java.util.List;

/** A page of a caller's jobs, newest first, with the cursor of the next page if any. */
public record JobPage(List<Job> jobs, String nextCursor) {
}
