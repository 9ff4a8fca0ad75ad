package io.tailor.api.identity;

import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells the web page how to sign in: the local issuer, or Entra ID with its settings. */
@RestController
@Hidden
class WebConfigController {

	private final Environment environment;

	private final WebConfiguration web;

	WebConfigController(Environment environment, WebConfiguration web) {
		this.environment = environment;
		this.web = web;
	}

	@GetMapping("/config.json")
	Map<String, Object> config() {
		if (this.environment.acceptsProfiles(Profiles.of("local"))) {
			return Map.of("auth", "local");
		}
		return Map.of("auth", "entra", "clientId", nullToEmpty(this.web.clientId()), "authority",
				nullToEmpty(this.web.authority()), "scopes", this.web.scopes());
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
