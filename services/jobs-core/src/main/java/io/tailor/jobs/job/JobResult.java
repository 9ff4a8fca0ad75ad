package io.tailor.jobs.job;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of a succeeded job: the match report as JSON, the tailored résumé as
 * Markdown, and how it was tailored as JSON (tailor, prompt version, provenance of each
 * line, gaps, removed claims, token usage).
 */
public record JobResult(UUID jobId, int score, String reportJson, String tailoredMarkdown, String tailoringJson,
		Instant createdAt) {
}
