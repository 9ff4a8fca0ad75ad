package io.tailor.api.job;

import java.nio.charset.StandardCharsets;

import io.tailor.api.testing.ApiClient;
import io.tailor.api.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reliability case C4: N submissions in the window are accepted, the next is refused,
 * others go on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=api", "tailor.submission.rate-limit.submissions=3",
				"tailor.submission.rate-limit.per=1h" })
@ActiveProfiles("local")
class RateLimitTest {

	private static final byte[] RESUME = "# Ada\n- Java".getBytes(StandardCharsets.UTF_8);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		ApiTestSupport.register(registry);
	}

	@Test
	void theSubmissionPastTheAllowanceIsRefusedWithRetryAfter() {
		ApiClient api = new ApiClient("http://localhost:" + this.port);
		String alice = api.token("rate-alice");
		for (int i = 0; i < 3; i++) {
			assertThat(api.submit(alice, RESUME, "cv.md", "Java", null).status()).isEqualTo(202);
		}
		ApiClient.Response refused = api.submit(alice, RESUME, "cv.md", "Java", null);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
		assertThat(Long.parseLong(refused.headers().getFirst("Retry-After"))).isPositive();
		assertThat(refused.json().get("type").asString()).isEqualTo("https://tailor.dev/problems/too-many-submissions");
		assertThat(api.get(alice, "/v1/jobs?limit=100").json().get("items")).hasSize(3);
		assertThat(api.submit(api.token("rate-bob"), RESUME, "cv.md", "Java", null).status()).isEqualTo(202);
	}

}
