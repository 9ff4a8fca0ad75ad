package io.tailor.api.identity;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.core.env.Environment;

/**
 * The local profile signs its own tokens for anyone who asks, so it refuses to start
 * beside settings that reach Azure: an Entra ID client, a Service Bus namespace or blob
 * endpoint reached by identity, azure-identity's credentials, or a connection string or
 * issuer naming an Azure host. The emulators' connection strings (Azurite, the Service
 * Bus emulator) are local and allowed.
 */
final class LocalProfileGuard {

	private static final List<String> IDENTITY_SETTINGS = List.of("tailor.web.entra.client-id",
			"tailor.servicebus.namespace", "tailor.blob.azure.endpoint", "AZURE_CLIENT_ID", "AZURE_TENANT_ID",
			"AZURE_CLIENT_SECRET", "AZURE_FEDERATED_TOKEN_FILE", "APPLICATIONINSIGHTS_CONNECTION_STRING");

	private static final List<String> ADDRESS_SETTINGS = List.of("tailor.security.issuer",
			"tailor.servicebus.connection-string", "tailor.blob.azure.connection-string");

	private static final Pattern AZURE_HOST = Pattern
		.compile("[.](windows[.]net|azure[.]net|azure[.]com|microsoftonline[.]com|azure-api[.]net)\\b");

	private LocalProfileGuard() {
	}

	/**
	 * @throws IllegalStateException naming the first Azure setting found
	 */
	static void check(Environment environment) {
		for (String name : IDENTITY_SETTINGS) {
			if (hasText(environment.getProperty(name))) {
				throw refused(name);
			}
		}
		for (String name : ADDRESS_SETTINGS) {
			String value = environment.getProperty(name);
			if (value != null && AZURE_HOST.matcher(value.toLowerCase(Locale.ROOT)).find()) {
				throw refused(name);
			}
		}
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static IllegalStateException refused(String name) {
		return new IllegalStateException("The local profile issues its own tokens and does not start with Azure "
				+ "settings: " + name + " is set; start without the local profile, or unset it");
	}

}
