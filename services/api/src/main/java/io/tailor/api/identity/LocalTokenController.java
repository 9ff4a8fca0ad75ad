package io.tailor.api.identity;

import java.text.Normalizer;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Hands out development tokens; this endpoint does not exist outside the local profile.
 */
@RestController
@Profile("local")
@Hidden
class LocalTokenController {

	/**
	 * A name as people write theirs: letters of any script, digits, . _ @ ' -, single
	 * spaces between words.
	 */
	private static final Pattern USER = Pattern
		.compile("(?=.{1,64}$)[\\p{L}\\p{M}\\p{N}._@'-]+(?: [\\p{L}\\p{M}\\p{N}._@'-]+)*");

	private final LocalTokenIssuer issuer;

	LocalTokenController(LocalTokenIssuer issuer) {
		this.issuer = issuer;
	}

	@PostMapping("/local/token")
	TokenResponse token(@RequestParam String user) {
		if (!USER.matcher(Normalizer.normalize(user, Normalizer.Form.NFC)).matches()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"user must be 1-64 letters, digits, . _ @ ' - and single spaces between words");
		}
		return new TokenResponse(this.issuer.issue(Normalizer.normalize(user, Normalizer.Form.NFC)), "Bearer",
				LocalTokenIssuer.LIFETIME.toSeconds());
	}

	record TokenResponse(String access_token, String token_type, long expires_in) {
	}

}
