package io.tailor.api.job;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.tailor.contract.MatchReport;
import io.tailor.contract.Tailoring;

/**
 * A succeeded job's result: the match report (score 0–100, matched and missing skills,
 * per-requirement verdicts with evidence), the tailored résumé as Markdown, how it was
 * tailored (tailor, prompt version, each line's source lines, gaps that cannot be closed
 * truthfully, claims removed as ungrounded, token usage, exports and their round trips),
 * and download links by format.
 */
record JobResultView(UUID jobId, int score, MatchReport report, String tailoredMarkdown, Tailoring tailoring,
		Map<String, String> exports, Instant createdAt) {
}
