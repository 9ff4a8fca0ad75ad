package io.tailor.worker.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.azure.core.http.HttpClientProvider;
import com.azure.identity.DefaultAzureCredentialBuilder;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.azure.AzureOpenAiChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Builds the configured models, in chain order; {@code offline} is not a model and is
 * skipped.
 */
public final class LanguageModels {

	private LanguageModels() {
	}

	public static List<LanguageModel> of(LlmProperties properties) {
		return of(properties, null);
	}

	/**
	 * The models, with the Azure SDK using {@code azureHttp} for its calls when given
	 * (the SDK's default client otherwise).
	 */
	public static List<LanguageModel> of(LlmProperties properties, HttpClientProvider azureHttp) {
		return of(properties, azureHttp, null);
	}

	/**
	 * As above, with each provider's circuit breaker state published as
	 * {@code resilience4j.circuitbreaker.state} when {@code meters} is given.
	 */
	public static List<LanguageModel> of(LlmProperties properties, HttpClientProvider azureHttp, MeterRegistry meters) {
		List<LanguageModel> models = new ArrayList<>();
		for (String provider : properties.provider()) {
			switch (provider.strip()) {
				case "azure-openai" ->
					models.add(wrap("azure-openai", azure(properties, azureHttp), properties, meters));
				case "openai" -> models.add(wrap("openai", openAi(properties), properties, meters));
				case "offline" -> {
				}
				default -> throw new IllegalArgumentException(
						"Unknown tailor.llm.provider '" + provider + "'; use azure-openai, openai or offline");
			}
		}
		return models;
	}

	private static LanguageModel wrap(String name, ChatModel model, LlmProperties properties, MeterRegistry meters) {
		LlmProperties.Breaker settings = properties.breaker();
		CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(settings.failureRatePercent())
			.minimumNumberOfCalls(settings.minimumCalls())
			.slidingWindowSize(Math.max(10, settings.minimumCalls()))
			.waitDurationInOpenState(settings.openFor())
			.recordExceptions(ModelUnavailableException.class)
			.build());
		CircuitBreaker breaker = breakers.circuitBreaker(name);
		if (meters != null) {
			TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
		}
		return new LangChainModel(name, model, breaker, properties);
	}

	private static ChatModel azure(LlmProperties properties, HttpClientProvider azureHttp) {
		LlmProperties.Azure azure = properties.azure();
		AzureOpenAiChatModel.Builder builder = AzureOpenAiChatModel.builder()
			.endpoint(required(azure.endpoint(), "tailor.llm.azure.endpoint"))
			.deploymentName(required(azure.deployment(), "tailor.llm.azure.deployment"))
			.timeout(properties.timeout())
			.maxRetries(0);
		if (azureHttp != null) {
			builder.httpClientProvider(azureHttp);
		}
		if (azure.apiVersion() != null && !azure.apiVersion().isBlank()) {
			builder.serviceVersion(azure.apiVersion());
		}
		if (azure.apiKey() != null && !azure.apiKey().isBlank()) {
			builder.apiKey(azure.apiKey());
		}
		else {
			builder.tokenCredential(new DefaultAzureCredentialBuilder().build());
		}
		return builder.build();
	}

	private static ChatModel openAi(LlmProperties properties) {
		LlmProperties.OpenAi openAi = properties.openai();
		return OpenAiChatModel.builder()
			.baseUrl(required(openAi.baseUrl(), "tailor.llm.openai.base-url"))
			.modelName(required(openAi.model(), "tailor.llm.openai.model"))
			.apiKey((openAi.apiKey() != null && !openAi.apiKey().isBlank()) ? openAi.apiKey() : "none")
			.httpClientBuilder(new Builder(properties.timeout()))
			.timeout(properties.timeout())
			.maxRetries(0)
			.customHeaders(Map.of())
			.build();
	}

	private static String required(String value, String property) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(property + " must be set for this provider");
		}
		return value;
	}

	/** Hands langchain4j the Retry-After-aware client. */
	private static final class Builder implements HttpClientBuilder {

		private Duration connectTimeout = Duration.ofSeconds(5);

		private Duration readTimeout;

		Builder(Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

		@Override
		public Duration connectTimeout() {
			return this.connectTimeout;
		}

		@Override
		public HttpClientBuilder connectTimeout(Duration timeout) {
			if (timeout != null) {
				this.connectTimeout = timeout;
			}
			return this;
		}

		@Override
		public Duration readTimeout() {
			return this.readTimeout;
		}

		@Override
		public HttpClientBuilder readTimeout(Duration timeout) {
			if (timeout != null) {
				this.readTimeout = timeout;
			}
			return this;
		}

		@Override
		public HttpClient build() {
			return new RetryAfterHttpClient(this.connectTimeout, this.readTimeout);
		}

	}

}
