package io.tailor.api.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** The development identity: only in the local profile. */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class LocalIdentityConfiguration {

	@Bean
	LocalTokenIssuer localTokenIssuer(IdentityProperties properties) {
		return new LocalTokenIssuer(properties);
	}

	@Bean
	JwtDecoder jwtDecoder(LocalTokenIssuer issuer) {
		return issuer.decoder();
	}

}
