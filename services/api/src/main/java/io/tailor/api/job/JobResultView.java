package io.tailor.api.job;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A succeeded job's result: the match report (score 0–100, matched and missing skills,
 * per-requirement verdicts with evidence) and the tailored résumé as Markdown.
 */
record JobResultView(UUID jobId, int score, Map<String, Object> report, String tailoredMarkdown, Instant createdAt) {
}
