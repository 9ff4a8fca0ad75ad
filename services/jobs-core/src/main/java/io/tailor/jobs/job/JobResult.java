package io.tailor.jobs.job;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of a succeeded job: the match report as JSON and the tailored résumé as
 * Markdown.
 */
public record JobResult(UUID jobId, int score, String reportJson, String tailoredMarkdown, Instant createdAt) {
}
