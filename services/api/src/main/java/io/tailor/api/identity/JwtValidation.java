package io.tailor.api.identity;

import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * The checks every accepted token passes: expiry and not-before with skew, issuer,
 * audience, and the claims of {@link ClaimsValidator} (subject, bounded expiry, issue
 * time).
 */
final class JwtValidation {

	private JwtValidation() {
	}

	static OAuth2TokenValidator<Jwt> of(IdentityProperties properties) {
		return new DelegatingOAuth2TokenValidator<>(
				List.of(new JwtTimestampValidator(properties.clockSkew()), new JwtIssuerValidator(properties.issuer()),
						new AudienceValidator(properties.audience()), new ClaimsValidator(properties.clockSkew())));
	}

}
