package io.tailor.worker.tailoring;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tailor.worker.llm.LanguageModels;
import io.tailor.worker.llm.LlmProperties;
import io.tailor.worker.testing.ModelStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * The cover-letter contract for the offline letter, the language model's letter against a
 * stubbed OpenAI-compatible server (whose answer invents a qualification in one
 * paragraph), and the model's letter when that server is down.
 */
class CoverLetterWriterAdaptersTest {

	private static final String OPENAI = "/v1/chat/completions";

	@Nested
	class Offline extends CoverLetterWriterContract {

		@Override
		protected CoverLetterWriter writer() {
			return CoverLetterWriter.offline();
		}

	}

	@Nested
	class ByLanguageModel extends CoverLetterWriterContract {

		private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

		@BeforeEach
		void start() {
			this.server.start();
			this.server.stubFor(post(urlEqualTo(OPENAI)).willReturn(ModelStubs.completion("""
					{"paragraphs":[
					 {"text":"I am applying for the Java role with 8 years of Java behind me.","sources":[4]},
					 {"text":"At Northwind Logistics I cut p95 latency by 40% with Redis caching.","sources":[7]},
					 {"text":"I also hold the AWS Certified Solutions Architect certification.","sources":[7]}
					]}""", "stop")));
		}

		@AfterEach
		void stop() {
			this.server.stop();
		}

		@Override
		protected CoverLetterWriter writer() {
			LlmProperties properties = ModelStubs.openAi(this.server, "openai");
			return new LlmCoverLetter(LanguageModels.of(properties), properties.price());
		}

	}

	@Nested
	class ByLanguageModelWhenItIsDown extends CoverLetterWriterContract {

		private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

		@BeforeEach
		void start() {
			this.server.start();
			this.server.stubFor(post(urlEqualTo(OPENAI)).willReturn(ModelStubs.error(503, "overloaded", "busy")));
		}

		@AfterEach
		void stop() {
			this.server.stop();
		}

		@Override
		protected CoverLetterWriter writer() {
			LlmProperties properties = ModelStubs.openAi(this.server, "openai");
			return new LlmCoverLetter(LanguageModels.of(properties), properties.price());
		}

	}

}
