package io.tailor.api.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The token issuer and audience the api accepts, and the clock skew it tolerates. Outside
 * the local profile the issuer's OpenID configuration supplies the signing keys.
 */
@ConfigurationProperties("tailor.security")
public record IdentityProperties(String issuer, @DefaultValue("tailor-api") String audience,
		@DefaultValue("60s") Duration clockSkew) {
}
