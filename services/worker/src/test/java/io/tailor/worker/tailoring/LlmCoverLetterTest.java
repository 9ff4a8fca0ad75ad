package io.tailor.worker.tailoring;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tailor.worker.llm.LanguageModel;
import io.tailor.worker.llm.LanguageModels;
import io.tailor.worker.llm.LlmProperties;
import io.tailor.worker.scoring.ScoringReport;
import io.tailor.worker.testing.ModelStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The model's cover letter through langchain4j's OpenAI client against a stub. */
class LlmCoverLetterTest {

	private static final String OPENAI = "/v1/chat/completions";

	private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	@BeforeEach
	void start() {
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@Test
	void paragraphsThatHoldAreFramedAsALetterAndOneThatInventsIsLeftOut() {
		answer("""
				{"paragraphs":[
				 {"text":"I am applying for the backend role with 8 years of Java behind me.","sources":[4]},
				 {"text":"At Northwind Logistics I cut p95 latency by 40% with Redis caching.","sources":[7]},
				 {"text":"I also ran kubernetes in production for 5 years.","sources":[7]}
				]}""");
		CoverLetterWriter.Letter letter = write();
		assertThat(letter.writer()).isEqualTo("llm:openai");
		assertThat(letter.markdown())
			.startsWith("# Ada Example\nada@example.com | +1 555 0100 | github.com/ada-example\n")
			.contains("Dear hiring team,", "8 years of Java", "cut p95 latency by 40%", "Kind regards,")
			.doesNotContain("kubernetes", "5 years");
		assertThat(letter.usage().inputTokens()).isEqualTo(420);
		String sent = this.server.getAllServeEvents().get(0).getRequest().getBodyAsString();
		assertThat(sent).contains("L7: - Cut p95 latency").doesNotContain("ada@example.com", ModelStubs.CANARY);
	}

	@Test
	void anAnswerThatIsNotTheJsonAskedForOrHoldsNothingGivesTheOfflineLetter() {
		answer("Dear hiring team, hire Ada!");
		assertThat(write().writer()).isEqualTo("offline");
		answer("null");
		assertThat(write().writer()).isEqualTo("offline");
		answer("{\"paragraphs\":[{\"text\":\"A perfect match who should be hired.\",\"sources\":[4]}]}");
		assertThat(write().writer()).isEqualTo("offline");
	}

	@Test
	void anAnswerNothingCameOfIsChargedAllTheSame() {
		answer("Dear hiring team, hire Ada!");
		assertThat(write().usage().inputTokens()).isEqualTo(420);
		this.server.resetAll();
		this.server.stubFor(post(urlEqualTo(OPENAI)).willReturn(ModelStubs.completion("{\"paragraphs\":[", "length")));
		CoverLetterWriter.Letter truncated = write();
		assertThat(truncated.writer()).isEqualTo("offline");
		assertThat(truncated.usage().outputTokens()).isEqualTo(180);
	}

	@Test
	void aProviderThatIsDownGivesTheOfflineLetter() {
		this.server.stubFor(post(urlEqualTo(OPENAI)).willReturn(ModelStubs.error(503, "overloaded", "busy")));
		CoverLetterWriter.Letter letter = write();
		assertThat(letter.writer()).isEqualTo("offline");
		assertThat(letter.markdown()).contains("I am writing to apply for the");
	}

	private void answer(String content) {
		this.server.resetAll();
		this.server.stubFor(post(urlEqualTo(OPENAI)).willReturn(ModelStubs.completion(content, "stop")));
	}

	private CoverLetterWriter.Letter write() {
		LlmProperties properties = ModelStubs.openAi(this.server, "openai");
		List<LanguageModel> models = LanguageModels.of(properties, ModelStubs.trustingAzureHttp());
		ScoringReport report = ModelStubs.report();
		String tailored = new OfflineTailor().tailor(report, "Senior Java engineer").markdown();
		return new LlmCoverLetter(models, properties.price()).write(report, tailored, "Senior Java engineer\n- Java");
	}

}
