package io.tailor.api.job;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.tailor.api.testing.ApiClient;
import io.tailor.api.testing.ApiTestSupport;
import io.tailor.jobs.blob.BlobKeys;
import io.tailor.jobs.blob.BlobNotFoundException;
import io.tailor.jobs.blob.BlobStore;
import io.tailor.jobs.queue.Delivery;
import io.tailor.jobs.queue.JobQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=api")
@ActiveProfiles("local")
class JobApiTest {

	private static final byte[] RESUME = "# Ada Example\n## Skills\nJava, PostgreSQL\n"
		.getBytes(StandardCharsets.UTF_8);

	@LocalServerPort
	int port;

	@Autowired
	JobQueue queue;

	@Autowired
	BlobStore blobs;

	@Autowired
	io.tailor.jobs.job.JobRepository jobs;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	ApiClient api;

	String alice;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		ApiTestSupport.register(registry);
	}

	@BeforeEach
	void setUp() {
		this.api = new ApiClient("http://localhost:" + this.port);
		this.alice = this.api.token("alice");
		drainQueue();
	}

	@Test
	void acceptsASubmissionAndQueuesIt() {
		ApiClient.Response response = this.api.submit(this.alice, RESUME, "cv.md", "Java engineer", null);
		assertThat(response.status()).isEqualTo(202);
		String id = response.json().get("id").asString();
		assertThat(response.headers().getLocation()).hasToString("/v1/jobs/" + id);
		assertThat(response.json().get("status").asString()).isEqualTo("QUEUED");
		Delivery delivery = this.queue.receive().orElseThrow();
		assertThat(delivery.message().jobId()).hasToString(id);
		assertThat(delivery.message().traceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
		assertThat(this.blobs.get(BlobKeys.forResume(UUID.fromString(id)))).isEqualTo(RESUME);
	}

	@Test
	void showsStatusWithProgressEvents() {
		String id = submit(this.alice).get("id").asString();
		ApiClient.Response job = this.api.get(this.alice, "/v1/jobs/" + id);
		assertThat(job.status()).isEqualTo(200);
		assertThat(job.json().get("status").asString()).isEqualTo("QUEUED");
		assertThat(job.json().get("events").get(0).get("detail").asString()).isEqualTo("accepted");
		assertThat(job.json().get("fileName").asString()).isEqualTo("cv.md");
	}

	@Test
	void sameIdempotencyKeyGivesTheSameJobOnce() {
		String key = UUID.randomUUID().toString();
		String first = this.api.submit(this.alice, RESUME, "cv.md", "Java", key).json().get("id").asString();
		String second = this.api.submit(this.alice, RESUME, "cv.md", "Java", key).json().get("id").asString();
		assertThat(second).isEqualTo(first);
		assertThat(this.queue.receive()).isPresent();
		assertThat(this.queue.receive()).isEmpty();
	}

	@Test
	void theSameIdempotencyKeyWithAnotherResumeOrJobIsRefusedAndTheFirstJobKept() {
		String key = UUID.randomUUID().toString();
		String first = this.api.submit(this.alice, RESUME, "cv.md", "Java", key).json().get("id").asString();
		ApiClient.Response otherJob = this.api.submit(this.alice, RESUME, "cv.md", "Kotlin", key);
		assertThat(otherJob.status()).isEqualTo(422);
		assertThat(otherJob.json().get("type").asString())
			.isEqualTo("https://tailor.dev/problems/idempotency-key-reused");
		byte[] otherResume = "# Grace Example\n## Skills\nCOBOL\n".getBytes(StandardCharsets.UTF_8);
		assertThat(this.api.submit(this.alice, otherResume, "cv.md", "Java", key).status()).isEqualTo(422);
		assertThat(this.api.get(this.alice, "/v1/jobs/" + first).json().get("status").asString()).isEqualTo("QUEUED");
		assertThat(this.api.submit(this.alice, RESUME, "cv.md", "Java", key).json().get("id").asString())
			.isEqualTo(first);
	}

	@Test
	void anotherUsersJobLooksExactlyLikeANonexistentOne() {
		String id = submit(this.alice).get("id").asString();
		String bob = this.api.token("bob");
		ApiClient.Response foreign = this.api.get(bob, "/v1/jobs/" + id);
		ApiClient.Response missing = this.api.get(bob, "/v1/jobs/" + UUID.randomUUID());
		assertThat(foreign.status()).isEqualTo(404).isEqualTo(missing.status());
		assertThat(foreign.contentType()).isEqualTo("application/problem+json");
		assertThat(without(foreign.json(), "instance")).isEqualTo(without(missing.json(), "instance"));
		assertThat(this.api.get(bob, "/v1/jobs/" + id + "/result").status()).isEqualTo(404);
		assertThat(this.api.delete(bob, "/v1/jobs/" + id).status()).isEqualTo(404);
		assertThat(this.api.get(bob, "/v1/jobs?owner=alice&userId=alice").json().get("items")).isEmpty();
		assertThat(this.api.get(this.alice, "/v1/jobs/" + id).status()).isEqualTo(200);
	}

	@Test
	void resultOfAnUnfinishedJobIsAConflict() {
		String id = submit(this.alice).get("id").asString();
		ApiClient.Response result = this.api.get(this.alice, "/v1/jobs/" + id + "/result");
		assertThat(result.status()).isEqualTo(409);
		assertThat(result.json().get("type").asString()).isEqualTo("https://tailor.dev/problems/result-not-ready");
	}

	@Test
	void listsTheCallersJobsNewestFirstInPages() {
		String carol = this.api.token("carol-" + UUID.randomUUID().toString().substring(0, 8));
		String oldest = submit(carol).get("id").asString();
		submit(carol);
		String newest = submit(carol).get("id").asString();
		JsonNode first = this.api.get(carol, "/v1/jobs?limit=2").json();
		assertThat(first.get("items")).hasSize(2);
		assertThat(first.get("items").get(0).get("id").asString()).isEqualTo(newest);
		JsonNode second = this.api.get(carol, first.get("next").asString()).json();
		assertThat(second.get("items")).hasSize(1);
		assertThat(second.get("items").get(0).get("id").asString()).isEqualTo(oldest);
		assertThat(second.get("next").isNull()).isTrue();
	}

	@Test
	void theListNamesEachJobByTheAdsTitleAndCompanyAndShowsItsScoreOnceItHasOne() {
		String dana = this.api.token("Dana Müller");
		String ad = "Staff Accountant\nHarborline Foods, Inc. | Minneapolis, MN\n\n- CPA preferred\n";
		String id = this.api.submit(dana, RESUME, "cv.md", ad, null).json().get("id").asString();
		this.jobs.saveResult(new io.tailor.jobs.job.JobResult(UUID.fromString(id), 83, "{}", "# Ada", "{}",
				java.time.Instant.now()));
		JsonNode item = this.api.get(dana, "/v1/jobs").json().get("items").get(0);
		assertThat(item.get("jobTitle").asString()).isEqualTo("Staff Accountant");
		assertThat(item.get("company").asString()).isEqualTo("Harborline Foods");
		assertThat(item.get("score").asInt()).isEqualTo(83);
		String other = this.api.submit(dana, RESUME, "cv.md", "We need help.", null).json().get("id").asString();
		JsonNode pending = this.api.get(dana, "/v1/jobs").json().get("items").get(0);
		assertThat(pending.get("id").asString()).isEqualTo(other);
		assertThat(pending.get("score").isNull()).isTrue();
	}

	@Test
	void deleteCancelsAnUnfinishedJobAndRemovesItsFile() {
		String id = submit(this.alice).get("id").asString();
		double before = this.meters.get("tailor.jobs.completed").tag("outcome", "CANCELLED").counter().count();
		assertThat(this.api.delete(this.alice, "/v1/jobs/" + id).status()).isEqualTo(204);
		assertThat(this.meters.get("tailor.jobs.completed").tag("outcome", "CANCELLED").counter().count())
			.isEqualTo(before + 1);
		assertThat(this.api.get(this.alice, "/v1/jobs/" + id).json().get("status").asString()).isEqualTo("CANCELLED");
		assertThatExceptionOfType(BlobNotFoundException.class)
			.isThrownBy(() -> this.blobs.get(BlobKeys.forResume(UUID.fromString(id))));
	}

	@Test
	void refusesAFileThatIsNoResumeTypeAndStoresNothing() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };
		ApiClient.Response response = this.api.submit(this.alice, png, "cv.pdf", "Java", null);
		assertThat(response.status()).isEqualTo(415);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.json().get("type").asString())
			.isEqualTo("https://tailor.dev/problems/unsupported-resume-type");
		assertThat(this.queue.receive()).isEmpty();
	}

	@Test
	void aFileIsTakenForWhatItsBytesAreWhateverItsNameSays() throws java.io.IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
		}
		byte[] pdf = TextlessPdfTest.pdf(true,
				org.apache.pdfbox.pdfwriter.compress.CompressParameters.DEFAULT_COMPRESSION, false);
		String docxNamedPdf = submit(this.alice, bytes.toByteArray(), "cv.pdf");
		String pdfNamedDocx = submit(this.alice, pdf, "cv.docx");
		assertThat(this.jobs.find(UUID.fromString(docxNamedPdf)).orElseThrow().format())
			.isEqualTo(io.tailor.jobs.job.ResumeFormat.DOCX);
		assertThat(this.jobs.find(UUID.fromString(pdfNamedDocx)).orElseThrow().format())
			.isEqualTo(io.tailor.jobs.job.ResumeFormat.PDF);
		assertThat(this.blobs.get(BlobKeys.forResume(UUID.fromString(docxNamedPdf)))).isEqualTo(bytes.toByteArray());
	}

	private String submit(String token, byte[] file, String name) {
		ApiClient.Response response = this.api.submit(token, file, name, "Java", null);
		assertThat(response.status()).isEqualTo(202);
		return response.json().get("id").asString();
	}

	@Test
	void refusesAScannedPdfAtSubmissionSayingWhatToUploadInstead() throws java.io.IOException {
		byte[] scan = TextlessPdfTest.pdf(false,
				org.apache.pdfbox.pdfwriter.compress.CompressParameters.DEFAULT_COMPRESSION, false);
		ApiClient.Response response = this.api.submit(this.alice, scan, "marisol-okafor-rn.pdf", "ICU nurse", null);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.json().get("type").asString()).isEqualTo("https://tailor.dev/problems/resume-without-text");
		assertThat(response.json().get("detail").asString()).contains("scan").contains("DOCX");
		assertThat(this.queue.receive()).isEmpty();
	}

	@Test
	void refusesAnOversizedUploadBeforeStoringIt() {
		byte[] big = new byte[5 * 1024 * 1024 + 1];
		java.util.Arrays.fill(big, (byte) 'a');
		ApiClient.Response response = this.api.submit(this.alice, big, "cv.txt", "Java", null);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(this.queue.receive()).isEmpty();
	}

	@Test
	void refusesAnOverlongJobDescription() {
		ApiClient.Response response = this.api.submit(this.alice, RESUME, "cv.md", "x".repeat(20_001), null);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("at most 20000");
	}

	@Test
	void ignoresOwnerAndStatusFieldsSentByTheCaller() {
		String id = this.api.submit(this.alice, RESUME, "cv.md", "Java", null).json().get("id").asString();
		assertThat(this.api.get(this.alice, "/v1/jobs/" + id).status()).isEqualTo(200);
		ApiClient.Response injected = this.api.post(this.alice, "/v1/jobs?ownerId=bob&status=SUCCEEDED",
				Map.of("Content-Type", "application/json"));
		assertThat(injected.status()).isIn(400, 415);
		assertThat(injected.contentType()).isEqualTo("application/problem+json");
	}

	@Test
	void anEditOfASucceededResultBecomesTheNextRevisionWithItsOwnCopyOfTheResume() {
		String id = submit(this.alice).get("id").asString();
		assertThat(revise(this.alice, id, "# Ada Example\n").status()).isEqualTo(409);
		succeed(UUID.fromString(id));
		ApiClient.Response first = revise(this.alice, id, "# Ada Example\n## Skills\nJava\n");
		assertThat(first.status()).isEqualTo(202);
		JsonNode revision = first.json();
		assertThat(first.headers().getLocation()).hasToString("/v1/jobs/" + revision.get("id").asString());
		assertThat(revision.get("status").asString()).isEqualTo("QUEUED");
		assertThat(revision.get("revisionOf").asString()).isEqualTo(id);
		assertThat(revision.get("revision").asInt()).isEqualTo(2);
		UUID revisionId = UUID.fromString(revision.get("id").asString());
		assertThat(this.blobs.get(BlobKeys.forResume(revisionId))).isEqualTo(RESUME);
		assertThat(this.jobs.find(revisionId).orElseThrow().revision().editedMarkdown())
			.isEqualTo("# Ada Example\n## Skills\nJava\n");
		succeed(revisionId);
		JsonNode third = revise(this.alice, revisionId.toString(), "# Ada\n").json();
		assertThat(third.get("revisionOf").asString()).isEqualTo(id);
		assertThat(third.get("revision").asInt()).isEqualTo(3);
		assertThat(this.api.get(this.alice, "/v1/jobs/" + id).json().get("revision").asInt()).isEqualTo(1);
	}

	@Test
	void anEmptyOrOverlongEditIsRefusedAndAnotherUsersJobCannotBeRevised() {
		String id = submit(this.alice).get("id").asString();
		succeed(UUID.fromString(id));
		ApiClient.Response blank = revise(this.alice, id, "  \n");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().get("type").asString()).isEqualTo("https://tailor.dev/problems/invalid-revision");
		assertThat(revise(this.alice, id, "x".repeat(100_001)).json().get("detail").asString())
			.contains("100001 characters");
		assertThat(revise(this.alice, id, "# Ada\u0000").status()).isEqualTo(400);
		assertThat(revise(this.api.token("mallory"), id, "# Ada\n").status()).isEqualTo(404);
	}

	private ApiClient.Response revise(String token, String id, String markdown) {
		return this.api.postJson(token, "/v1/jobs/" + id + "/revisions",
				tools.jackson.databind.json.JsonMapper.builder()
					.build()
					.writeValueAsString(Map.of("markdown", markdown)));
	}

	private void succeed(UUID id) {
		io.tailor.jobs.job.Job queued = this.jobs.find(id).orElseThrow();
		io.tailor.jobs.job.Job processing = this.jobs
			.save(queued.moveTo(io.tailor.jobs.job.JobStatus.PROCESSING, io.tailor.jobs.job.Stage.RENDERING, null),
					"rendering")
			.orElseThrow();
		this.jobs.saveResult(new io.tailor.jobs.job.JobResult(id, 50, "{}", "# Ada", "{}", java.time.Instant.now()));
		this.jobs.save(processing.moveTo(io.tailor.jobs.job.JobStatus.SUCCEEDED, null, null), "succeeded");
	}

	private JsonNode submit(String token) {
		ApiClient.Response response = this.api.submit(token, RESUME, "cv.md", "Java engineer", null);
		assertThat(response.status()).isEqualTo(202);
		return response.json();
	}

	private void drainQueue() {
		this.queue.receive().ifPresent((d) -> {
			this.queue.complete(d);
			drainQueue();
		});
	}

	private static JsonNode without(JsonNode node, String field) {
		return ((tools.jackson.databind.node.ObjectNode) node.deepCopy()).without(field);
	}

}
