/**
 * Language models behind the {@code LanguageModel} port: Azure OpenAI and any
 * OpenAI-compatible endpoint through langchain4j, with timeouts, Retry-After, a circuit
 * breaker per provider, and refusals and truncation told apart from outages.
 */
package io.tailor.worker.llm;
