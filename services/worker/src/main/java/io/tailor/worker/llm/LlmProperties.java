package io.tailor.worker.llm;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tailoring chain, tried in order ({@code azure-openai}, {@code openai},
 * {@code offline}; default {@code offline}), each provider's settings, and limits that
 * apply to all: call timeout, output tokens, how long a Retry-After may be waited out in
 * place before the job is rescheduled, JSON mode, prices for the cost estimate, and the
 * optional Prompt Shields screening.
 */
@ConfigurationProperties("tailor.llm")
public record LlmProperties(@DefaultValue("offline") List<String> provider, @DefaultValue Azure azure,
		@DefaultValue OpenAi openai, @DefaultValue("60s") Duration timeout, @DefaultValue("2000") int maxOutputTokens,
		@DefaultValue("5s") Duration maxInlineWait, @DefaultValue("true") boolean jsonMode,
		@DefaultValue("0.2") double temperature, @DefaultValue Price price, @DefaultValue Breaker breaker,
		@DefaultValue("200000") long dailyTokenBudget, @DefaultValue ContentSafety contentSafety) {

	/**
	 * Azure AI Content Safety's Prompt Shields on what the model would be given: on when
	 * the endpoint is set; an API key, or Entra ID when none is set.
	 */
	public record ContentSafety(String endpoint, String apiKey) {

		public boolean enabled() {
			return this.endpoint != null && !this.endpoint.isBlank();
		}

	}

	/**
	 * Azure OpenAI: resource endpoint and deployment; an API key, or Entra ID when none
	 * is set.
	 */
	public record Azure(String endpoint, String deployment, String apiKey,
			@DefaultValue("2024-10-21") String apiVersion) {
	}

	/**
	 * Any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama): base URL, model, optional
	 * key.
	 */
	public record OpenAi(String baseUrl, String model, String apiKey) {
	}

	/** US dollars per thousand input and output tokens, for the per-job estimate. */
	public record Price(@DefaultValue("0") double inputPer1k, @DefaultValue("0") double outputPer1k) {
	}

	/**
	 * The per-provider circuit breaker: opens at this failure rate over this many calls.
	 */
	public record Breaker(@DefaultValue("50") float failureRatePercent, @DefaultValue("4") int minimumCalls,
			@DefaultValue("30s") Duration openFor) {
	}

}
