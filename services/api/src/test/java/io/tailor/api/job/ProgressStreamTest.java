package io.tailor.api.job;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.tailor.api.testing.ApiClient;
import io.tailor.api.testing.ApiTestSupport;
import io.tailor.jobs.job.Job;
import io.tailor.jobs.job.JobRepository;
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
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=api")
@ActiveProfiles("local")
class ProgressStreamTest {

	@LocalServerPort
	int port;

	@Autowired
	JobRepository jobs;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		ApiTestSupport.register(registry);
	}

	@Test
	void streamsEachChangeAndEndsWhenTheJobFinishes() throws Exception {
		ApiClient api = new ApiClient("http://localhost:" + this.port);
		String token = api.token("sse-alice");
		String id = api.submit(token, "# Ada\n- Java".getBytes(StandardCharsets.UTF_8), "cv.md", "Java", null)
			.json()
			.get("id")
			.asString();
		List<String> lines = new CopyOnWriteArrayList<>();
		CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> read(token, id, lines));
		await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch((l) -> l.contains("\"QUEUED\"")));
		Job queued = this.jobs.find(UUID.fromString(id)).orElseThrow();
		Job processing = this.jobs.save(queued.moveTo(JobStatus.PROCESSING, Stage.EXTRACTING, null), "extracting")
			.orElseThrow();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> lines.stream().anyMatch((l) -> l.contains("\"PROCESSING\"")));
		this.jobs.save(processing.moveTo(JobStatus.FAILED, null, null), "stopped by the test");
		stream.get(20, TimeUnit.SECONDS);
		String body = String.join("\n", lines);
		List<String> events = body.lines().filter((l) -> l.startsWith("event:")).toList();
		List<String> data = body.lines().filter((l) -> l.startsWith("data:")).toList();
		assertThat(events).hasSizeGreaterThanOrEqualTo(2).allMatch((e) -> e.equals("event:progress"));
		assertThat(data.get(0)).contains("\"status\":\"QUEUED\"");
		assertThat(data.get(data.size() - 1)).contains("\"status\":\"FAILED\"", "\"stage\":\"EXTRACTING\"",
				"stopped by the test");
	}

	@Test
	void anotherUsersStreamIsNotFound() throws Exception {
		ApiClient api = new ApiClient("http://localhost:" + this.port);
		String id = api.submit(api.token("sse-bob"), "# Bob".getBytes(StandardCharsets.UTF_8), "cv.md", "Java", null)
			.json()
			.get("id")
			.asString();
		assertThat(api.get(api.token("sse-eve"), "/v1/jobs/" + id + "/events").status()).isEqualTo(404);
	}

	private void read(String token, String id, List<String> lines) {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/v1/jobs/" + id + "/events"))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "text/event-stream")
			.timeout(Duration.ofSeconds(20))
			.build();
		try {
			HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines()).body().forEach(lines::add);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
