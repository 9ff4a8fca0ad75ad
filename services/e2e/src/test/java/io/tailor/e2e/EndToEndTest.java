package io.tailor.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.tailor.api.testing.ApiClient;
import io.tailor.jobs.job.JobResult;
import io.tailor.jobs.job.ResumeFormat;
import io.tailor.jobs.store.PostgresJobRepository;
import io.tailor.worker.extraction.TextExtractor;
import io.tailor.worker.testing.ResumeDocuments;
import io.tailor.worker.verification.GroundingCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One résumé in, one tailored résumé out, through the three running services. */
class EndToEndTest {

	private static final Path SAMPLES = Path.of(System.getProperty("tailor.repo.root", "../.."), "evals/samples");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Suite suite;

	private static ApiClient api;

	@BeforeAll
	static void start() {
		suite = new Suite();
		api = new ApiClient("http://localhost:" + suite.apiPort);
	}

	@AfterAll
	static void stop() {
		suite.close();
	}

	@Test
	void aPdfAndADocxResumeBothComeBackTailored() throws IOException {
		List<String> lines = Files.readAllLines(SAMPLES.resolve("resumes/backend-java-senior.md"));
		String job = Files.readString(SAMPLES.resolve("jobs/senior-backend-engineer-java-azure.txt"));
		String token = api.token("e2e-alice");
		byte[] pdf = ResumeDocuments.pdf(lines);
		byte[] docx = ResumeDocuments.docx(lines);
		String pdfJob = submit(token, pdf, "ada.pdf", job);
		String docxJob = submit(token, docx, "ada.docx", job);
		assertSucceededAndGrounded(token, pdfJob, new TextExtractor().extract(pdf, ResumeFormat.PDF));
		assertSucceededAndGrounded(token, docxJob, new TextExtractor().extract(docx, ResumeFormat.DOCX));
	}

	@Test
	void oneJobIsOneTraceAcrossApiWorkerAndScoring() throws IOException {
		String token = api.token("e2e-bob");
		String id = submit(token, Files.readAllBytes(SAMPLES.resolve("resumes/frontend-react.md")), "cv.md",
				Files.readString(SAMPLES.resolve("jobs/frontend-engineer-react.txt")));
		Services.awaitFinal(api, token, id);
		String traceId = awaitSpan((s) -> id.equals(s.getAttributes().get(AttributeKey.stringKey("job.id"))))
			.getTraceId();
		await("spans of trace " + traceId + " from three services").atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(servicesIn(traceId)).containsExactlyInAnyOrder("api", "worker", "scoring"));
	}

	private static void assertSucceededAndGrounded(String token, String id, String inputText) {
		JsonNode job = Services.awaitFinal(api, token, id);
		assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
		JsonNode result = api.get(token, "/v1/jobs/" + id + "/result").json();
		assertThat(result.get("score").asInt()).isBetween(1, 100);
		JsonNode report = result.get("report");
		assertThat(report.get("matchedSkills").size()).isPositive();
		assertThat(report.has("missingSkills")).isTrue();
		assertThat(report.get("requirements").get(0).get("evidence")).isNotNull();
		String markdown = result.get("tailoredMarkdown").asString();
		assertThat(markdown).isNotBlank();
		assertThat(GroundingCheck.ungrounded(markdown, inputText)).isEmpty();
		assertThat(result.get("tailoring").get("exports").findValuesAsString("format")).containsExactly("docx", "pdf",
				"markdown", "cover-letter-docx", "cover-letter-pdf", "cover-letter-markdown");
		assertThat(result.get("tailoring").get("exports").findValues("roundTrip")).allMatch(JsonNode::asBoolean);
		for (String format : List.of("docx", "pdf")) {
			ApiClient.Response file = api.get(token, result.get("exports").get(format).asString());
			assertThat(file.status()).isEqualTo(200);
			assertThat(file.headers().getFirst("Content-Disposition")).contains("tailored-resume." + format);
		}
		ApiClient.Response letter = api.get(token, result.get("exports").get("cover-letter-pdf").asString());
		assertThat(letter.status()).isEqualTo(200);
		assertThat(letter.headers().getFirst("Content-Disposition")).contains("cover-letter.pdf");
		String readable = api.get(token, result.get("exports").get("markdown").asString()).body();
		assertThat(readable).doesNotContain("\t").contains("\n\n");
		assertThat(GroundingCheck.unsupportedClaims(readable.replace("**", ""), inputText)).isEmpty();
		assertServedAsStored(id, result);
	}

	/**
	 * The api serves the report as scoring wrote it and the tailoring as the worker
	 * recorded it, field for field: a field or enum value the contract module lacks shows
	 * here.
	 */
	private static void assertServedAsStored(String id, JsonNode result) {
		JobResult stored = new PostgresJobRepository(JdbcClient.create(suite.db.dataSource()))
			.findResult(UUID.fromString(id))
			.orElseThrow();
		assertThat(result.get("report")).isEqualTo(JSON.readTree(stored.reportJson()));
		assertThat(result.get("tailoring")).isEqualTo(JSON.readTree(stored.tailoringJson()));
	}

	private static String submit(String token, byte[] file, String name, String job) {
		ApiClient.Response response = api.submit(token, file, name, job, null);
		assertThat(response.status()).isEqualTo(202);
		return response.json().get("id").asString();
	}

	private static SpanData awaitSpan(Predicate<SpanData> match) {
		return await("a matching span exported").atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> suite.spans.getFinishedSpanItems().stream().filter(match).findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	private static Set<String> servicesIn(String traceId) {
		return suite.spans.getFinishedSpanItems()
			.stream()
			.filter((s) -> s.getTraceId().equals(traceId))
			.map((s) -> s.getResource().getAttribute(AttributeKey.stringKey("service.name")))
			.collect(Collectors.toSet());
	}

}
