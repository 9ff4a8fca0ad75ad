package io.tailor.api.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.tailor.api.testing.ApiClient;
import io.tailor.api.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus scrapes the api on its management port, without a token; the api's own port
 * does not serve the actuator, and keeps /livez and /readyz for probes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=api")
@ActiveProfiles("local")
class MetricsEndpointTest {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		ApiTestSupport.register(registry);
	}

	@Test
	void submissionsAndRefusalsAreScrapedFromTheManagementPortOnly() throws Exception {
		ApiClient api = new ApiClient("http://localhost:" + this.port);
		String token = api.token("metrics-" + System.nanoTime());
		byte[] resume = "# Ada\n## Skills\nJava\n".getBytes(StandardCharsets.UTF_8);
		assertThat(api.submit(token, resume, "cv.md", "Java engineer", null).status()).isEqualTo(202);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0 };
		assertThat(api.submit(token, png, "cv.pdf", "Java", null).status()).isEqualTo(415);
		String scrape = get(this.managementPort, "/actuator/prometheus");
		assertThat(scrape).contains("tailor_jobs_accepted_total{application=\"api\"}")
			.contains("tailor_upload_size_bytes_count{application=\"api\",format=\"markdown\"} 1")
			.contains("tailor_upload_refusals_total{application=\"api\",reason=\"unsupported-resume-type\"} 1")
			.contains("tailor_jobs_lost_total{application=\"api\"} 0")
			.contains("http_server_requests_seconds_bucket");
		assertThat(status(this.port, "/actuator/prometheus")).isIn(401, 404);
		assertThat(status(this.port, "/readyz")).isEqualTo(200);
		assertThat(status(this.port, "/livez")).isEqualTo(200);
	}

	private static String get(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static int status(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
