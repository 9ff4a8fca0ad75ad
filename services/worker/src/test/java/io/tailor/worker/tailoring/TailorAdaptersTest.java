package io.tailor.worker.tailoring;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tailor.worker.llm.LanguageModels;
import io.tailor.worker.llm.LlmProperties;
import io.tailor.worker.testing.ModelStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * The tailor contract for the offline tailor, the language-model tailor against a stubbed
 * OpenAI-compatible server (whose answer invents a certification), and the fallback chain
 * when that server is down.
 */
class TailorAdaptersTest {

	@Nested
	class Offline extends TailorContract {

		@Override
		protected Tailor tailor() {
			return new OfflineTailor();
		}

	}

	@Nested
	class ByLanguageModel extends TailorContract {

		private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

		@BeforeEach
		void start() {
			this.server.start();
			this.server.stubFor(post(urlEqualTo("/v1/chat/completions"))
				.willReturn(ModelStubs.completion(ModelStubs.draft(), "stop")));
		}

		@AfterEach
		void stop() {
			this.server.stop();
		}

		@Override
		protected Tailor tailor() {
			LlmProperties properties = ModelStubs.openAi(this.server, "openai");
			return new LlmTailor(LanguageModels.of(properties).get(0), properties.price());
		}

	}

	@Nested
	class FallbackWhenTheModelIsDown extends TailorContract {

		private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

		@BeforeEach
		void start() {
			this.server.start();
			this.server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(503)));
		}

		@AfterEach
		void stop() {
			this.server.stop();
		}

		@Override
		protected Tailor tailor() {
			LlmProperties properties = ModelStubs.openAi(this.server, "openai", "offline");
			return new FallbackTailor(List.of(new LlmTailor(LanguageModels.of(properties).get(0), properties.price()),
					new OfflineTailor()));
		}

	}

}
