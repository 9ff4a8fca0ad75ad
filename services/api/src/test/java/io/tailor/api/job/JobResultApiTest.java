package io.tailor.api.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import io.tailor.api.testing.ApiClient;
import io.tailor.api.testing.ApiTestSupport;
import io.tailor.jobs.job.Job;
import io.tailor.jobs.job.JobRepository;
import io.tailor.jobs.job.JobResult;
import io.tailor.jobs.job.JobStatus;
import io.tailor.jobs.job.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result as stored by the worker comes back typed and whole; one stored before a field
 * existed reads its lists as empty, and a value written by a newer worker or scoring as
 * {@code UNKNOWN}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=api")
@ActiveProfiles("local")
class JobResultApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JobRepository jobs;

	ApiClient api;

	String token;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		ApiTestSupport.register(registry);
	}

	@BeforeEach
	void setUp() {
		this.api = new ApiClient("http://localhost:" + this.port);
		this.token = this.api.token("erin");
	}

	@Test
	void everyFieldTheWorkerStoresIsServed() throws IOException {
		String report = resource("results/report.json");
		String tailoring = resource("results/tailoring.json");
		JsonNode result = resultOf(succeeded(report, tailoring));
		assertThat(result.get("report")).isEqualTo(JSON.readTree(report));
		assertThat(result.get("tailoring")).isEqualTo(JSON.readTree(tailoring));
		assertThat(result.get("exports").propertyNames()).containsExactly("markdown", "docx", "pdf",
				"cover-letter-docx", "cover-letter-pdf", "cover-letter-markdown");
	}

	@Test
	void aResultStoredBeforeAListExistedReadsItAsEmpty() {
		JsonNode result = resultOf(succeeded("""
				{"algorithm":"match-v1","model":"m","score":40,"matchedSkills":[],"missingSkills":[],
				"requirements":[],"lines":[]}""", "{}"));
		assertThat(result.get("report").get("paraphrasedSkills").isEmpty()).isTrue();
		assertThat(result.get("report").get("experienceYears").isNull()).isTrue();
		assertThat(result.get("tailoring").get("changes").isEmpty()).isTrue();
		assertThat(result.get("tailoring").get("tailor").isNull()).isTrue();
		assertThat(result.get("exports").propertyNames()).containsExactly("markdown");
	}

	@Test
	void aValueTheApiDoesNotKnowReadsAsUnknown() {
		JsonNode result = resultOf(succeeded("""
				{"algorithm":"match-v9","model":"m","score":40,
				"matchedSkills":[{"id":"x","label":"X","span":"X","start":0,"end":1,"confidence":1,"kind":"TRAIT"}],
				"requirements":[{"requirement":{"text":"X","importance":"BONUS"},"verdict":"PARTIAL"}],
				"lines":[{"lineNumber":1,"text":"Papers","section":"PUBLICATIONS","heading":true,"relevance":0}]}""",
				"""
						{"exports":[{"format":"html","roundTrip":true},{"format":"pdf","roundTrip":true}]}"""));
		JsonNode report = result.get("report");
		assertThat(report.get("matchedSkills").get(0).get("kind").asString()).isEqualTo("UNKNOWN");
		assertThat(report.get("requirements").get(0).get("verdict").asString()).isEqualTo("UNKNOWN");
		assertThat(report.get("requirements").get(0).get("requirement").get("importance").asString())
			.isEqualTo("UNKNOWN");
		assertThat(report.get("lines").get(0).get("section").asString()).isEqualTo("UNKNOWN");
		assertThat(result.get("tailoring").get("exports").get(0).get("format").asString()).isEqualTo("unknown");
		assertThat(result.get("exports").propertyNames()).containsExactly("markdown", "pdf");
	}

	private UUID succeeded(String report, String tailoring) {
		String id = this.api
			.submit(this.token, "# Ada\n## Skills\nJava".getBytes(StandardCharsets.UTF_8), "cv.md", "Java engineer",
					null)
			.json()
			.get("id")
			.asString();
		Job job = this.jobs.find(UUID.fromString(id)).orElseThrow();
		job = this.jobs.save(job.moveTo(JobStatus.PROCESSING, Stage.RENDERING, null), "rendering").orElseThrow();
		this.jobs.saveResult(new JobResult(job.id(), 71, report, "# Ada", tailoring, Instant.now()));
		this.jobs.save(job.moveTo(JobStatus.SUCCEEDED, null, null), "succeeded");
		return job.id();
	}

	private JsonNode resultOf(UUID id) {
		ApiClient.Response response = this.api.get(this.token, "/v1/jobs/" + id + "/result");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = JobResultApiTest.class.getClassLoader().getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
