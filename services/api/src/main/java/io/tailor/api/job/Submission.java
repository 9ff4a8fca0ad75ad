package io.tailor.api.job;

/**
 * What a caller submits: the résumé's bytes, its name as sent, and the job description.
 */
record Submission(byte[] resume, String fileName, String jobDescription, String idempotencyKey) {
}
