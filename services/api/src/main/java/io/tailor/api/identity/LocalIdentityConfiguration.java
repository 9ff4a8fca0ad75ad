package io.tailor.api.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The development identity: only in the local profile, which refuses to start beside
 * Azure settings ({@link LocalProfileGuard}) and binds the loopback address unless
 * {@code SERVER_ADDRESS} says otherwise ({@code api-local.yml}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class LocalIdentityConfiguration {

	@Bean
	LocalTokenIssuer localTokenIssuer(IdentityProperties properties, Environment environment) {
		LocalProfileGuard.check(environment);
		return new LocalTokenIssuer(properties);
	}

	@Bean
	JwtDecoder jwtDecoder(LocalTokenIssuer issuer) {
		return issuer.decoder();
	}

}
