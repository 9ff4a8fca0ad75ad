package io.tailor.scoring.embedding;

/**
 * What model answers: name, SHA-256 of its file, where it runs and with how many threads.
 */
public record ModelInfo(String name, String sha256, String device, int intraOpThreads, int maxTokens, int dimensions) {
}
