package io.tailor.worker.llm;

/** What a model answered, which model, and the tokens the call took. */
public record ModelReply(String text, String model, int inputTokens, int outputTokens) {
}
