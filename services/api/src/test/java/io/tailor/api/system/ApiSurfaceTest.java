package io.tailor.api.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.tailor.api.testing.ApiClient;
import io.tailor.api.testing.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health probes, the OpenAPI document and its committed copy, errors on unknown paths.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=api")
@ActiveProfiles("local")
class ApiSurfaceTest {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@LocalServerPort
	int port;

	ApiClient api;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		ApiTestSupport.register(registry);
	}

	@BeforeEach
	void setUp() {
		this.api = new ApiClient("http://localhost:" + this.port);
	}

	@Test
	void probesAreUp() {
		assertThat(this.api.get(null, "/livez").json().get("status").asString()).isEqualTo("UP");
		ApiClient.Response readiness = this.api.get(null, "/readyz");
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void servesOpenApi31EqualToTheCommittedCopy() throws IOException {
		JsonNode served = this.api.get(null, "/v3/api-docs").json();
		assertThat(served.get("openapi").asString()).startsWith("3.1");
		Path committed = Path.of(System.getProperty("tailor.repo.root", "../.."), "services/api/openapi/openapi.json");
		String pretty = JSON.writeValueAsString(served) + "\n";
		if (Boolean.getBoolean("openapi.write")) {
			Files.writeString(committed, pretty, StandardCharsets.UTF_8);
		}
		assertThat(committed).as("run `make openapi` to refresh the committed copy").exists();
		assertThat(JSON.readTree(Files.readString(committed))).isEqualTo(served);
	}

	@Test
	void servesTheWebPageAndItsSignInSettingsWithoutAToken() {
		ApiClient.Response page = this.api.get(null, "/");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<div id=\"app\"");
		assertThat(this.api.get(null, "/config.json").json().get("auth").asString()).isEqualTo("local");
	}

	@Test
	void unknownPathsAreProblems() {
		ApiClient.Response response = this.api.get(this.api.token("alice"), "/v1/nothing-here");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.body()).doesNotContain("Exception", "at io.", "org.springframework");
	}

}
