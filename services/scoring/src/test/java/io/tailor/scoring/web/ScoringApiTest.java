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
		assertThat(report.get("algorithm").asString()).isEqualTo("match-v4");
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
		JsonNode first = parsed.get("experience").get(0);
		assertThat(first.get("title").get("value").asString()).isEqualTo("Data Scientist");
		assertThat(first.get("title").get("confidence").asDouble()).isEqualTo(0.9);
		assertThat(first.get("employer").get("value").asString()).isEqualTo("Brightcart Grocery");
		assertThat(first.get("location").get("value").asString()).isEqualTo("Austin, TX");
		assertThat(first.get("dates").get("start").asString()).isEqualTo("2022-01");
		assertThat(first.get("dates").get("current").asBoolean()).isTrue();
		assertThat(parsed.get("language").asString()).isEqualTo("en");
	}

	@Test
	void skillsLookedForAreFoundInOtherWordsToo() {
		String ml = "http://data.europa.eu/esco/skill/3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43";
		JsonNode body = post("/v1/skills",
				Map.of("text", "- Trained machine-learning models to forecast demand", "lookFor", List.of(ml)))
			.getBody();
		assertThat(body.get("skills")).isEmpty();
		assertThat(body.get("paraphrased").get(0).get("id").asString()).isEqualTo(ml);
		assertThat(body.get("paraphrased").get(0).get("method").asString()).isEqualTo("paraphrase");
		ResponseEntity<JsonNode> unknown = post("/v1/skills", Map.of("text", "Java", "lookFor", List.of("nope")));
		assertThat(unknown.getStatusCode().value()).isEqualTo(400);
		assertThat(unknown.getBody().get("type").asString()).isEqualTo("https://tailor.dev/problems/unknown-skill");
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
		String hundredPages = hundredPageResume();
		JsonNode parsed = post("/v1/parse", Map.of("text", hundredPages)).getBody();
		assertThat(parsed.get("experience")).hasSize(400);
		assertThat(parsed.get("experience").get(399).get("title").get("value").asString()).isEqualTo("Engineer 399");
		ResponseEntity<JsonNode> huge = post("/v1/match", Map.of("resume", hundredPages, "jobDescription", "- Java"));
		assertThat(huge.getStatusCode().value()).isEqualTo(413);
		assertThat(huge.getBody().get("type").asString()).isEqualTo("https://tailor.dev/problems/text-too-long");
		assertThat(huge.getBody().get("detail").asString()).contains("at most 2000 are scored");
		ResponseEntity<JsonNode> blank = post("/v1/parse", Map.of("text", " \n\t "));
		assertThat(blank.getStatusCode().value()).isEqualTo(400);
		JsonNode symbols = post("/v1/parse", Map.of("text", "★★★ 🙂 ///")).getBody();
		assertThat(symbols.get("notes").get(0).get("code").asString()).isEqualTo("NO_SECTIONS");
		assertThat(symbols.get("experience")).isEmpty();
		JsonNode german = post("/v1/match", Map.of("resume", "Ich koche gern und gehe wandern.", "jobDescription",
				"- Erfahrung mit Java und PostgreSQL"))
			.getBody();
		assertThat(german.get("score").asInt()).isBetween(0, 100);
		JsonNode germanParse = post("/v1/parse", Map.of("text",
				"Berufserfahrung\nEntwicklerin bei der Nordwind GmbH, 2019 - 2023\n- Dienste mit Java und der Datenbank für die Logistik"))
			.getBody();
		assertThat(germanParse.get("language").asString()).isEqualTo("de");
		assertThat(germanParse.get("notes").get(0).get("code").asString()).isEqualTo("NOT_ENGLISH");
		JsonNode noSkills = post("/v1/skills", Map.of("text", "I enjoy long walks.")).getBody();
		assertThat(noSkills.get("skills")).isEmpty();
	}

	/** 400 positions of 12 lines each: about 100 pages. */
	private static String hundredPageResume() {
		StringBuilder text = new StringBuilder("Ada Example\n## Experience\n");
		for (int i = 0; i < 400; i++) {
			text.append("Engineer ").append(i).append(", Northwind Inc, 2019 - 2020\n");
			for (int b = 0; b < 11; b++) {
				text.append("- Built service ").append(b).append(" in Java with PostgreSQL and Kafka\n");
			}
		}
		return text.toString();
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
