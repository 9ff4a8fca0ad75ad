package io.tailor.api.identity;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Accepts a token only with the claims every caller's token has: a subject, an expiry no
 * further away than {@value #MAX_LIFETIME_HOURS} hours, and no issue time in the future.
 */
class ClaimsValidator implements OAuth2TokenValidator<Jwt> {

	static final int MAX_LIFETIME_HOURS = 24;

	private static final OAuth2Error INVALID = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token is not valid",
			null);

	private final Duration skew;

	ClaimsValidator(Duration skew) {
		this.skew = skew;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		Instant now = Instant.now();
		boolean subject = token.getSubject() != null && !token.getSubject().isBlank();
		boolean expiry = token.getExpiresAt() != null
				&& !token.getExpiresAt().isAfter(now.plus(Duration.ofHours(MAX_LIFETIME_HOURS)).plus(this.skew));
		boolean issued = token.getIssuedAt() == null || !token.getIssuedAt().isAfter(now.plus(this.skew));
		return (subject && expiry && issued) ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(INVALID);
	}

}
