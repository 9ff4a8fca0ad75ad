package io.tailor.worker.llm;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tailor.worker.testing.ModelStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What every {@link LanguageModel} promises, against a stubbed OpenAI-compatible server:
 * the answer's text and token counts; a rate limit as unavailable, with the provider's
 * Retry-After; a content filter as a refusal; an answer cut off at the output limit as
 * truncated. Subclasses wrap the langchain4j adapter the way the worker does.
 */
abstract class LanguageModelContract {

	protected final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	/** The model under test, calling this class's server. */
	protected abstract LanguageModel model(LanguageModel adapter);

	private LanguageModel model() {
		return model(LanguageModels.of(ModelStubs.openAi(this.server, "openai")).get(0));
	}

	@BeforeEach
	void start() {
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	private void answers(ResponseDefinitionBuilder response) {
		this.server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(response));
	}

	@Test
	void answersWithTheTextAndItsTokenCounts() {
		answers(ModelStubs.completion("{\"lines\": []}", "stop"));
		ModelReply reply = model().reply("system", List.of(LanguageModel.Turn.user("résumé")));
		assertThat(reply.text()).isEqualTo("{\"lines\": []}");
		assertThat(reply.inputTokens()).isEqualTo(420);
		assertThat(reply.outputTokens()).isEqualTo(180);
	}

	@Test
	void aRateLimitIsUnavailableWithTheProvidersRetryAfter() {
		answers(ModelStubs.error(429, "rate_limit_exceeded", "slow down").withHeader("Retry-After", "120"));
		assertThatExceptionOfType(ModelUnavailableException.class)
			.isThrownBy(() -> model().reply("system", List.of(LanguageModel.Turn.user("résumé"))))
			.satisfies((ex) -> assertThat(ex.retryAfter()).contains(Duration.ofSeconds(120)));
	}

	@Test
	void aContentFilterIsARefusal() {
		answers(ModelStubs.completion("", "content_filter"));
		assertThatExceptionOfType(ModelRefusedException.class)
			.isThrownBy(() -> model().reply("system", List.of(LanguageModel.Turn.user("résumé"))));
	}

	@Test
	void anAnswerCutOffAtTheLimitIsTruncated() {
		answers(ModelStubs.completion("{\"lines\": [", "length"));
		assertThatExceptionOfType(ModelTruncatedException.class)
			.isThrownBy(() -> model().reply("system", List.of(LanguageModel.Turn.user("résumé"))));
	}

}
