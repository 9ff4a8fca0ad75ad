package io.tailor.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tailor.api.testing.ApiClient;
import io.tailor.worker.testing.ModelStubs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job through the LLM path: the worker's model is an OpenAI-compatible stub. The result
 * carries provenance, gaps, token counts and three exports, and the invented line the
 * stub slipped in is removed.
 */
class LlmEndToEndTest {

	private static final Path SAMPLES = Path.of(System.getProperty("tailor.repo.root", "../.."), "evals/samples");

	private static final String ANSWER = """
			{"lines":[
			 {"type":"heading","text":"Summary"},
			 {"type":"paragraph","text":"Frontend developer with 6 years of experience building accessible React and TypeScript applications.","sources":[8]},
			 {"type":"heading","text":"Experience"},
			 {"type":"paragraph","text":"Senior Frontend Developer, Ledgerly, Apr 2022 – present","sources":[14]},
			 {"type":"bullet","text":"Built the company design system (54 React components, Storybook); adopted by 5 product teams.","sources":[16]},
			 {"type":"bullet","text":"Raised WCAG 2.1 AA conformance from 61% to 98% in an external audit.","sources":[17]},
			 {"type":"bullet","text":"Certified AWS Solutions Architect with 10 years of Angular.","sources":[15]}
			],"gaps":["GraphQL in production"]}""";

	private static WireMockServer llm;

	private static Suite suite;

	@BeforeAll
	static void start() {
		llm = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		llm.start();
		llm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(ModelStubs.completion(ANSWER, "stop")));
		suite = new Suite("--tailor.llm.provider=openai,offline",
				"--tailor.llm.openai.base-url=http://localhost:" + llm.port() + "/v1",
				"--tailor.llm.openai.model=gpt-4o-mini");
	}

	@AfterAll
	static void stop() {
		suite.close();
		llm.stop();
	}

	@Test
	void aJobTailoredByAModelComesBackWithProvenanceGapsTokensAndExports() throws IOException {
		ApiClient api = new ApiClient("http://localhost:" + suite.apiPort);
		String token = api.token("llm-e2e");
		String id = api
			.submit(token, Files.readAllBytes(SAMPLES.resolve("resumes/frontend-react.md")), "cv.md",
					Files.readString(SAMPLES.resolve("jobs/frontend-engineer-react.txt")), null)
			.json()
			.get("id")
			.asString();
		JsonNode job = Services.awaitFinal(api, token, id);
		assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
		JsonNode result = api.get(token, "/v1/jobs/" + id + "/result").json();
		JsonNode tailoring = result.get("tailoring");
		assertThat(tailoring.get("tailor").asString()).isEqualTo("llm:openai");
		assertThat(tailoring.get("promptVersion").asString()).isEqualTo("tailor/v1");
		assertThat(tailoring.get("usage").get("inputTokens").asInt()).isEqualTo(420);
		assertThat(tailoring.get("gaps").toString()).contains("GraphQL in production");
		assertThat(tailoring.get("removedClaims").get(0).get("text").asString()).contains("AWS");
		assertThat(tailoring.get("provenance").size()).isGreaterThan(5);
		String markdown = result.get("tailoredMarkdown").asString();
		assertThat(markdown).contains("marcus.tanakawebb@example.com", "Ledgerly").doesNotContain("AWS", "Angular");
		assertThat(result.get("exports").size()).isEqualTo(6);
		String sent = llm.getAllServeEvents().get(0).getRequest().getBodyAsString();
		assertThat(sent).doesNotContain("marcus.tanakawebb@example.com", "555-0163", "Marcus Tanaka-Webb");
	}

}
