package io.tailor.scoring.embedding;

/**
 * What model answers: name, SHA-256 of its file, where it runs, how many runs at once and
 * with how many threads each.
 */
public record ModelInfo(String name, String sha256, String device, int workers, int intraOpThreads, int maxTokens,
		int dimensions) {
}
