package io.tailor.scoring.web;

import java.util.List;
import java.util.Map;

import io.tailor.scoring.testing.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=scoring", "tailor.embedding.intra-op-threads=2" })
class ScoringApiTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	RestClient http;

	@BeforeEach
	void setUp() {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler(HttpStatusCode::isError, (req, res) -> {
			})
			.build();
	}

	@Test
	void matchExplainsTheScore() {
		JsonNode report = post("/v1/match", Map.of("resume", Samples.read("resumes/backend-java-senior.md"),
				"jobDescription", Samples.read("jobs/senior-backend-engineer-java-azure.txt")))
			.getBody();
		assertThat(report.get("algorithm").asString()).isEqualTo("match-v2");
		assertThat(report.get("score").asInt()).isBetween(0, 100);
		assertThat(report.get("requirements").get(0).has("evidence")).isTrue();
		assertThat(report.get("requirements").get(0).get("verdict").asString()).isIn("COVERED", "WEAK", "MISSING");
	}

	@Test
	void theSameMatchTwiceIsTheSameBytes() {
		Map<String, String> body = Map.of("resume", Samples.read("resumes/data-scientist.md"), "jobDescription",
				Samples.read("jobs/machine-learning-engineer.txt"), "asOf", "2026-06");
		String first = this.http.post()
			.uri("/v1/match")
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.json.writeValueAsString(body))
			.retrieve()
			.body(String.class);
		String second = this.http.post()
			.uri("/v1/match")
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.json.writeValueAsString(body))
			.retrieve()
			.body(String.class);
		assertThat(second).isEqualTo(first).contains("\"asOf\":\"2026-06\"");
	}

	@Test
	void parseFindsSections() {
		JsonNode parsed = post("/v1/parse", Map.of("text", Samples.read("resumes/data-scientist.md"))).getBody();
		assertThat(parsed.get("sections").size()).isGreaterThan(3);
		assertThat(parsed.get("experience").size()).isGreaterThan(0);
	}

	@Test
	void skillsCarryIdsSpansAndConfidence() {
		JsonNode skills = post("/v1/skills", Map.of("text", "Built services with Spring Boot and PostgreSQL."))
			.getBody()
			.get("skills");
		assertThat(skills.size()).isGreaterThan(0);
		assertThat(skills.get(0).has("id")).isTrue();
		assertThat(skills.get(0).has("span")).isTrue();
		assertThat(skills.get(0).has("confidence")).isTrue();
	}

	@Test
	void embedAndModelDescribeTheModel() {
		JsonNode embedded = post("/v1/embed", Map.of("texts", List.of("Java", "Kotlin"))).getBody();
		assertThat(embedded.get("vectors").size()).isEqualTo(2);
		assertThat(embedded.get("dimensions").asInt()).isEqualTo(384);
		JsonNode model = this.http.get().uri("/v1/model").retrieve().body(JsonNode.class);
		assertThat(model.get("sha256").asString()).hasSize(64);
		assertThat(model.get("device").asString()).isEqualTo("cpu");
	}

	@Test
	void hostileInputsGetClearAnswers() {
		ResponseEntity<JsonNode> empty = post("/v1/match", Map.of("resume", "", "jobDescription", "Java"));
		assertThat(empty.getStatusCode().value()).isEqualTo(400);
		assertThat(empty.getHeaders().getContentType()).hasToString("application/problem+json");
		ResponseEntity<JsonNode> huge = post("/v1/parse", Map.of("text", "line\n".repeat(2_001)));
		assertThat(huge.getStatusCode().value()).isEqualTo(413);
		assertThat(huge.getBody().get("type").asString()).isEqualTo("https://tailor.dev/problems/text-too-long");
		JsonNode german = post("/v1/match", Map.of("resume", "Ich koche gern und gehe wandern.", "jobDescription",
				"- Erfahrung mit Java und PostgreSQL"))
			.getBody();
		assertThat(german.get("score").asInt()).isBetween(0, 100);
		JsonNode noSkills = post("/v1/skills", Map.of("text", "I enjoy long walks.")).getBody();
		assertThat(noSkills.get("skills")).isEmpty();
	}

	private ResponseEntity<JsonNode> post(String path, Object body) {
		return this.http.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.json.writeValueAsString(body))
			.retrieve()
			.toEntity(JsonNode.class);
	}

}
