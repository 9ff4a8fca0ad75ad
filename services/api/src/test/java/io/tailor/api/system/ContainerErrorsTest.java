package io.tailor.api.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.tailor.api.testing.ApiClient;
import io.tailor.api.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #18, item 6: what Tomcat refuses before the api sees it (an encoded slash in the
 * path, a header past its limit) and a multipart part header past its limit (a
 * 1,000-character file name) are answered as problem details, not Tomcat's HTML page or a
 * 413 for a small file, and log no stack trace at ERROR.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=api")
@ActiveProfiles("local")
@ExtendWith(OutputCaptureExtension.class)
class ContainerErrorsTest {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		ApiTestSupport.register(registry);
	}

	@Test
	void anEncodedSlashInThePathIsAProblem(CapturedOutput output) throws Exception {
		String token = new ApiClient(base()).token("edge-" + System.nanoTime());
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base() + "/v1/jobs/..%2f..%2fetc"))
			.header("Authorization", "Bearer " + token));
		assertProblem(response, 400);
		assertNoErrorLogged(output);
	}

	@Test
	void aHeaderPastTheLimitIsAProblem(CapturedOutput output) throws Exception {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(base() + "/v1/jobs")).header("X-Padding", "x".repeat(20_000)));
		assertProblem(response, 400);
		assertNoErrorLogged(output);
	}

	@Test
	void aThousandCharacterFileNameIsNoUploadTooLarge(CapturedOutput output) {
		ApiClient api = new ApiClient(base());
		ApiClient.Response response = api.submit(api.token("edge-" + System.nanoTime()),
				"# Ada\n## Skills\nJava, SQL\n".getBytes(StandardCharsets.UTF_8), "é".repeat(997) + ".md",
				"Java engineer", null);
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		assertNoErrorLogged(output);
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"type\":\"https://tailor.dev/problems/invalid-request\"")
			.contains("\"status\":" + status)
			.contains("\"instance\":\"/")
			.doesNotContain("<html", "Apache Tomcat");
	}

	private static void assertNoErrorLogged(CapturedOutput output) {
		assertThat(output.getOut() + output.getErr()).doesNotContain("\"level\":\"ERROR\"")
			.doesNotContain("stack_trace");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
