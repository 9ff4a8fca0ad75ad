package io.tailor.api.identity;

import java.util.Map;

import io.tailor.api.testing.ApiClient;
import io.tailor.api.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Outside the local profile there is no token endpoint and no local signing key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=api", "tailor.security.issuer=http://127.0.0.1:9/unreachable" })
class LocalIdentityAbsenceTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		ApiTestSupport.register(registry);
	}

	@Test
	void tokenEndpointDoesNotExist() {
		ApiClient.Response response = new ApiClient("http://localhost:" + this.port).post(null,
				"/local/token?user=mallory", Map.of());
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(this.context.getBeanNamesForType(LocalTokenIssuer.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(LocalTokenController.class)).isEmpty();
	}

}
