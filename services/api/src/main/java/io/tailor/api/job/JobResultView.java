package io.tailor.api.job;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A succeeded job's result: the match report (score 0–100, matched and missing skills,
 * per-requirement verdicts with evidence), the tailored résumé as Markdown, and how it
 * was tailored (tailor, prompt version, each line's source lines, gaps that cannot be
 * closed truthfully, claims removed as ungrounded, token usage).
 */
record JobResultView(UUID jobId, int score, Map<String, Object> report, String tailoredMarkdown,
		Map<String, Object> tailoring, Instant createdAt) {
}
