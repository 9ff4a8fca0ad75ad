package io.tailor.api.identity;

import java.net.InetAddress;

import io.tailor.api.ApiApplication;
import io.tailor.api.testing.ApiClient;
import io.tailor.api.testing.ApiTestSupport;
import io.tailor.jobs.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue #18, item 7: the local profile answers on the loopback address only and refuses
 * to start beside Azure settings; the protected-resource metadata claims no
 * certificate-bound tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=api")
@ActiveProfiles("local")
class LocalProfileTest {

	/** The emulators' settings as docker-compose.yml gives them. */
	private static final String[] EMULATORS = { "tailor.servicebus.connection-string",
			"Endpoint=sb://servicebus-emulator;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=SAS_KEY_VALUE;UseDevelopmentEmulator=true;",
			"tailor.blob.azure.connection-string",
			"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://azurite:10000/devstoreaccount1;",
			"tailor.security.issuer", "http://localhost:8080/local-issuer" };

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		ApiTestSupport.register(registry);
	}

	@Test
	void bindsTheLoopbackAddressByDefault() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		Object address = server.getTomcat().getConnector().getProperty("address");
		assertThat(address).isInstanceOf(InetAddress.class);
		assertThat(((InetAddress) address).isLoopbackAddress()).as("bound to %s", address).isTrue();
	}

	@Test
	void theProtectedResourceMetadataClaimsNoCertificateBoundTokens() {
		ApiClient.Response response = new ApiClient("http://localhost:" + this.port).get(null,
				"/.well-known/oauth-protected-resource");
		assertThat(response.status()).isEqualTo(200);
		JsonNode metadata = response.json();
		assertThat(metadata.path("tls_client_certificate_bound_access_tokens").asBoolean(false)).isFalse();
		assertThat(metadata.path("authorization_servers").toString())
			.contains(this.context.getEnvironment().getProperty("tailor.security.issuer"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "tailor.web.entra.client-id=2f6c0c7e-0000-4000-8000-000000000001",
			"tailor.servicebus.namespace=tailor-prod.servicebus.windows.net",
			"tailor.blob.azure.endpoint=https://tailorprod.blob.core.windows.net",
			"tailor.blob.azure.connection-string=DefaultEndpointsProtocol=https;AccountName=tailorprod;AccountKey=a2V5;EndpointSuffix=core.windows.net",
			"tailor.servicebus.connection-string=Endpoint=sb://tailor-prod.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=a2V5",
			"tailor.security.issuer=https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
			"AZURE_CLIENT_ID=2f6c0c7e-0000-4000-8000-000000000002", "AZURE_FEDERATED_TOKEN_FILE=/var/run/token" })
	void anAzureSettingIsRefused(String setting) {
		MockEnvironment environment = emulators();
		environment.setProperty(setting.substring(0, setting.indexOf('=')),
				setting.substring(setting.indexOf('=') + 1));
		assertThatIllegalStateException().isThrownBy(() -> LocalProfileGuard.check(environment))
			.withMessageContaining(setting.substring(0, setting.indexOf('=')));
	}

	@Test
	void theEmulatorsAreNoAzureSettings() {
		assertThatCode(() -> LocalProfileGuard.check(emulators())).doesNotThrowAnyException();
	}

	@Test
	void theApiDoesNotStartInTheLocalProfileWithAnEntraClient() {
		TestDatabase db = TestDatabase.freshSchema();
		assertThatThrownBy(() -> ApiApplication.application()
			.run("--spring.config.name=api", "--spring.profiles.active=local", "--server.port=0",
					"--management.server.port=0", "--spring.datasource.url=" + db.url(),
					"--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password(),
					"--tailor.web.entra.client-id=2f6c0c7e-0000-4000-8000-000000000001")
			.close()).rootCause()
			.hasMessageContaining("does not start with Azure settings: tailor.web.entra.client-id");
	}

	private static MockEnvironment emulators() {
		MockEnvironment environment = new MockEnvironment();
		for (int i = 0; i < EMULATORS.length; i += 2) {
			environment.setProperty(EMULATORS[i], EMULATORS[i + 1]);
		}
		return environment;
	}

}
