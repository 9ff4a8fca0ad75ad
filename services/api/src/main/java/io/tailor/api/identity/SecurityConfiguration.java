package io.tailor.api.identity;

import io.tailor.api.system.ProblemResponses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.OAuth2ProtectedResourceMetadata;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The page loads only its own scripts, styles and data, and is framed by nobody. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'; img-src 'self' data:; "
			+ "connect-src 'self' https://login.microsoftonline.com; frame-src https://login.microsoftonline.com";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemResponses problems, IdentityProperties identity)
			throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/livez", "/readyz",
						"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/local/token", "/error", "/",
						"/index.html", "/assets/**", "/config.json", "/favicon.svg", "/favicon.ico")
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults())
				.protectedResourceMetadata((metadata) -> metadata
					.protectedResourceMetadataCustomizer((claims) -> truthful(claims, identity)))
				.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(problems::unauthorized))
			.addFilterAfter(new LogContext(), BearerTokenAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.build();
	}

	/**
	 * The protected-resource metadata (RFC 9728) names the issuer and does not claim
	 * certificate-bound tokens, which the api neither requires nor checks.
	 */
	private static void truthful(OAuth2ProtectedResourceMetadata.Builder claims, IdentityProperties identity) {
		claims.tlsClientCertificateBoundAccessTokens(false);
		if (identity.issuer() != null) {
			claims.authorizationServer(identity.issuer());
		}
	}

	@Bean
	@Profile("!local")
	JwtDecoder jwtDecoder(IdentityProperties properties) {
		return new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(properties.issuer()).build();
			decoder.setJwtValidator(JwtValidation.of(properties));
			return decoder;
		});
	}

}
