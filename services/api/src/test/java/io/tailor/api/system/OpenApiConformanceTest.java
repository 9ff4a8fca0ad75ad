package io.tailor.api.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.tailor.api.testing.ApiClient;
import io.tailor.api.testing.ApiTestSupport;
import io.tailor.jobs.blob.BlobKeys;
import io.tailor.jobs.blob.BlobStore;
import io.tailor.jobs.job.Job;
import io.tailor.jobs.job.JobRepository;
import io.tailor.jobs.job.JobResult;
import io.tailor.jobs.job.JobStatus;
import io.tailor.jobs.job.Stage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests generated from the committed OpenAPI document, valid and hostile alike (ids
 * that are another user's, unknown or not UUIDs; tokens missing or forged; files and
 * fields of every kind), each answer checked against the document: never a 5xx, a status
 * the operation documents, a body that validates against its schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=api", "tailor.submission.rate-limit.submissions=100000" })
@ActiveProfiles("local")
class OpenApiConformanceTest {

	private static final int REQUESTS = 400;

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JobRepository jobs;

	@Autowired
	BlobStore blobs;

	private final Random random = new Random(20261122);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private JsonNode document;

	/**
	 * Every choice the first (well-formed) one: one valid request per operation first.
	 */
	private boolean valid;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		ApiTestSupport.register(registry);
	}

	@Test
	void everyAnswerIsOneTheDocumentPromises() throws Exception {
		this.document = JSON.readTree(Files.readString(Path.of("openapi/openapi.json")));
		ApiClient client = new ApiClient("http://localhost:" + this.port);
		String alice = client.token("alice");
		String bob = client.token("bob");
		List<String> aliceJobs = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			aliceJobs.add(
					client
						.submit(alice, "# Ada\n## Skills\nJava".getBytes(StandardCharsets.UTF_8), "cv.md",
								"Java engineer", null)
						.json()
						.get("id")
						.asString());
		}
		succeed(UUID.fromString(aliceJobs.get(0)));
		List<String> failures = new ArrayList<>();
		Set<String> seen = new TreeSet<>();
		List<Operation> operations = operations();
		this.valid = true;
		for (Operation operation : operations) {
			Answer answer = send(operation, alice, aliceJobs);
			seen.add(operation.method() + " " + operation.path() + " " + answer.status());
			check(operation, answer).ifPresent(failures::add);
		}
		this.valid = false;
		for (int i = 0; i < REQUESTS; i++) {
			Operation operation = operations.get(this.random.nextInt(operations.size()));
			String token = pick(alice, alice, alice, bob, null, "not.a.jwt",
					alice.substring(0, alice.length() - 4) + "AAAA");
			Answer answer = send(operation, token, aliceJobs);
			seen.add(operation.method() + " " + operation.path() + " " + answer.status());
			check(operation, answer).ifPresent(failures::add);
		}
		System.out.println("conformance: " + REQUESTS + " requests, method/path/status seen: " + seen);
		assertThat(failures).isEmpty();
		assertThat(seen).anyMatch((s) -> s.endsWith(" 200"))
			.anyMatch((s) -> s.endsWith(" 202"))
			.anyMatch((s) -> s.endsWith(" 400"))
			.anyMatch((s) -> s.endsWith(" 401"))
			.anyMatch((s) -> s.endsWith(" 404"))
			.contains("GET /v1/jobs/{id}/result 200", "GET /v1/jobs/{id}/exports/{format} 200");
	}

	/**
	 * As the worker would: through its stages to SUCCEEDED, with a result and an export.
	 */
	private void succeed(UUID id) throws IOException {
		Job job = this.jobs.find(id).orElseThrow();
		job = this.jobs.save(job.moveTo(JobStatus.PROCESSING, Stage.EXTRACTING, null), "extracting").orElseThrow();
		job = this.jobs.save(job.moveTo(JobStatus.SUCCEEDED, null, null), "done").orElseThrow();
		this.jobs.saveResult(new JobResult(id, 71, resource("results/report.json"), "# Ada\n## Skills\nJava",
				resource("results/tailoring.json"), Instant.now()));
		this.blobs.put(BlobKeys.forExport(id, "docx"), "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1),
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = OpenApiConformanceTest.class.getClassLoader().getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private java.util.Optional<String> check(Operation operation, Answer answer) throws IOException {
		String where = operation.method() + " " + answer.uri() + " -> " + answer.status();
		if (answer.status() >= 500) {
			return java.util.Optional.of(where + ": server error " + answer.body());
		}
		JsonNode response = operation.node().path("responses").path(String.valueOf(answer.status()));
		if (response.isMissingNode()) {
			return java.util.Optional.of(where + ": status not documented " + answer.body());
		}
		String mediaType = answer.contentType().split(";")[0].strip();
		JsonNode schema = response.path("content").path(mediaType).path("schema");
		if (answer.body().isEmpty() || schema.isMissingNode() || !mediaType.endsWith("json")) {
			return java.util.Optional.empty();
		}
		ObjectNode root = JSON.createObjectNode();
		root.set("components", this.document.get("components"));
		root.setAll((ObjectNode) schema.deepCopy());
		Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
			.getSchema(root)
			.validate(JSON.readTree(answer.body()));
		return errors.isEmpty() ? java.util.Optional.empty()
				: java.util.Optional.of(where + ": " + errors + " in " + answer.body());
	}

	private Answer send(Operation operation, String token, List<String> aliceJobs) throws Exception {
		// the succeeded job is never deleted, so that its result and export stay to be
		// read
		String kept = operation.method().equals("DELETE") ? aliceJobs.get(1) : aliceJobs.get(0);
		String path = operation.path()
			.replace("{id}",
					encode(pick(kept, kept, kept, aliceJobs.get(1), aliceJobs.get(2), UUID.randomUUID().toString(),
							"not-a-uuid", "..%2F..%2Fetc", "1", "x".repeat(300))))
			.replace("{format}", encode(pick("markdown", "docx", "pdf", "exe", "", "MARKDOWN")));
		String query = "";
		if (operation.path().equals("/v1/jobs") && operation.method().equals("GET")) {
			query = "?limit=" + encode(pick("1", "2", "50", "0", "-1", "1000", "abc", ""))
					+ (!this.valid && this.random.nextBoolean()
							? "&cursor=" + encode(pick("abc", "", "2026-01-01T00:00:00Z")) : "");
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path + query))
			.timeout(Duration.ofSeconds(10));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		boolean json = operation.node().path("requestBody").path("content").has("application/json");
		if (operation.method().equals("POST") && json && (this.valid || this.random.nextInt(5) != 0)) {
			request.header("Content-Type", "application/json");
			request.POST(HttpRequest.BodyPublishers.ofString(revision()));
		}
		else if (operation.method().equals("POST")) {
			Multipart body = submission();
			request.header("Content-Type", body.contentType());
			if (this.random.nextInt(4) == 0) {
				request.header("Idempotency-Key", pick("k-" + this.random.nextInt(5), "", "x".repeat(300)));
			}
			request.POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
		}
		else {
			request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<InputStream> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		String body;
		try (InputStream in = response.body()) {
			// an event stream stays open while the job runs: its headers are the answer
			body = contentType.startsWith("text/event-stream") ? ""
					: new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		return new Answer(response.uri().toString(), response.statusCode(), contentType, body);
	}

	private String revision() {
		if (this.valid) {
			return "{\"markdown\": \"# Ada\\n## Skills\\nJava, SQL\\n\"}";
		}
		return pick("{\"markdown\": \"# Ada\\n## Skills\\nJava, SQL\\n\"}", "{\"markdown\": \"\"}", "{}", "not json",
				"{\"markdown\": \"" + "x".repeat(100_001) + "\"}", "{\"markdown\": \"\\u0000\"}", "[1, 2]");
	}

	private Multipart submission() {
		String boundary = "b" + this.random.nextLong();
		StringBuilder head = new StringBuilder();
		byte[] file = pick("# Ada\n## Skills\nJava, SQL".getBytes(StandardCharsets.UTF_8), new byte[0],
				"%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII), randomBytes(200),
				"PK\u0003\u0004zip".getBytes(StandardCharsets.ISO_8859_1));
		List<byte[]> parts = new ArrayList<>();
		if (this.valid || this.random.nextInt(6) != 0) {
			head.append("--")
				.append(boundary)
				.append("\r\nContent-Disposition: form-data; name=\"resume\"; filename=\"")
				.append(pick("cv.md", "cv.pdf", "../../cv.docx", "", "x".repeat(300)))
				.append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
			parts.add(head.toString().getBytes(StandardCharsets.UTF_8));
			parts.add(file);
			parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		if (this.valid || this.random.nextInt(6) != 0) {
			String description = pick("Java engineer", "", "Zoë — C++ / Go", "x".repeat(60_000), "\u0000\u0001");
			parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"jobDescription\"\r\n\r\n"
					+ description + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		int size = parts.stream().mapToInt((p) -> p.length).sum();
		byte[] bytes = new byte[size];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, bytes, at, part.length);
			at += part.length;
		}
		return new Multipart("multipart/form-data; boundary=" + boundary, bytes);
	}

	private List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		this.document.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((op) -> {
			if (Set.of("get", "post", "delete", "put", "patch").contains(op.getKey())) {
				operations
					.add(new Operation(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), op.getValue()));
			}
		}));
		return operations;
	}

	private byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		this.random.nextBytes(bytes);
		return bytes;
	}

	@SafeVarargs
	private <T> T pick(T... choices) {
		return this.valid ? choices[0] : choices[this.random.nextInt(choices.length)];
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%252F", "%2F").replace("%25", "%");
	}

	private record Operation(String method, String path, JsonNode node) {
	}

	private record Answer(String uri, int status, String contentType, String body) {
	}

	private record Multipart(String contentType, byte[] bytes) {
	}

}
