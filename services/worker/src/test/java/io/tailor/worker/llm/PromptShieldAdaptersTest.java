package io.tailor.worker.llm;

import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.tailor.worker.testing.ModelStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * The prompt-shield contract for Content Safety's Prompt Shields (against a stand-in for
 * the service over HTTPS that judges each document sent) and for the shield that finds
 * nothing.
 */
class PromptShieldAdaptersTest {

	@Nested
	class ContentSafety extends PromptShieldContract {

		private final WireMockServer server = new WireMockServer(
				WireMockConfiguration.options().dynamicPort().dynamicHttpsPort().extensions(new JudgingService()));

		@BeforeEach
		void start() {
			this.server.start();
			this.server.stubFor(post(urlPathEqualTo("/contentsafety/text:shieldPrompt")).willReturn(aResponse()));
		}

		@AfterEach
		void stop() {
			this.server.stop();
		}

		@Override
		protected PromptShield shield() {
			return new ContentSafetyPromptShield(
					new LlmProperties.ContentSafety("https://localhost:" + this.server.httpsPort(), "test-key"),
					ModelStubs.trustingAzureClient());
		}

		@Override
		protected boolean screens() {
			return true;
		}

	}

	@Nested
	class None extends PromptShieldContract {

		@Override
		protected PromptShield shield() {
			return PromptShield.NONE;
		}

		@Override
		protected boolean screens() {
			return false;
		}

	}

	/**
	 * Answers as Prompt Shields does, judging each document sent an attack when it holds
	 * the contract's planted instruction.
	 */
	static final class JudgingService implements ResponseDefinitionTransformerV2 {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		@Override
		public ResponseDefinition transform(ServeEvent event) {
			List<String> verdicts = new ArrayList<>();
			for (JsonNode document : JSON.readTree(event.getRequest().getBodyAsString()).path("documents")) {
				verdicts.add("{\"attackDetected\":" + document.asString().contains(PromptShieldContract.ATTACK) + "}");
			}
			return aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"userPromptAnalysis\":{\"attackDetected\":false},\"documentsAnalysis\":["
						+ String.join(",", verdicts) + "]}")
				.build();
		}

		@Override
		public String getName() {
			return "judging-prompt-shields";
		}

	}

}
