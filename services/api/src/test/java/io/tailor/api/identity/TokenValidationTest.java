package io.tailor.api.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.tailor.api.testing.ApiClient;
import io.tailor.api.testing.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens the api must refuse, each with a 401 problem and a bearer challenge. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=api")
@ActiveProfiles("local")
class TokenValidationTest {

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer issuer;

	@Autowired
	IdentityProperties properties;

	ApiClient api;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		ApiTestSupport.register(registry);
	}

	@BeforeEach
	void setUp() {
		this.api = new ApiClient("http://localhost:" + this.port);
	}

	@Test
	void acceptsAValidToken() {
		assertThat(this.api.get(this.api.token("alice"), "/v1/jobs").status()).isEqualTo(200);
	}

	@Test
	void localSignInTakesNamesAsPeopleWriteThemAndNothingElse() {
		assertThat(this.api.get(this.api.token("Marisol Okafor"), "/v1/jobs").status()).isEqualTo(200);
		assertThat(this.api.get(this.api.token("Zoë O'Brien-Núñez"), "/v1/jobs").status()).isEqualTo(200);
		for (String bad : new String[] { " Marisol", "Marisol  Okafor", "a\nb", "x".repeat(65), "<script>" }) {
			assertThat(
					this.api
						.post(null,
								"/local/token?user="
										+ java.net.URLEncoder.encode(bad, java.nio.charset.StandardCharsets.UTF_8),
								java.util.Map.of())
						.status())
				.as(bad)
				.isEqualTo(400);
		}
	}

	@Test
	void acceptsATokenExpiredWithinTheClockSkew() {
		ApiClient.Response response = this.api.get(this.issuer.sign(claims((c) -> c.expirationTime(secondsAgo(45)))),
				"/v1/jobs");
		assertThat(response.status()).as(response.headers().getFirst("WWW-Authenticate")).isEqualTo(200);
	}

	@Test
	void refusesAMissingToken() {
		ApiClient.Response response = this.api.get(null, "/v1/jobs");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
		assertThat(response.json().get("type").asString()).isEqualTo("https://tailor.dev/problems/unauthorized");
	}

	@Test
	void refusesExpiredNotYetValidWrongIssuerAndWrongAudience() {
		assertThat(call(this.issuer.sign(claims((c) -> c.expirationTime(secondsAgo(61)))))).isEqualTo(401);
		assertThat(call(this.issuer.sign(claims((c) -> c.notBeforeTime(secondsAgo(-300)))))).isEqualTo(401);
		assertThat(call(this.issuer.sign(claims((c) -> c.issuer("https://evil.example"))))).isEqualTo(401);
		assertThat(call(this.issuer.sign(claims((c) -> c.audience("another-api"))))).isEqualTo(401);
		assertThat(call(this.issuer.sign(claims((c) -> c.audience(List.of()))))).isEqualTo(401);
	}

	@Test
	void refusesTokensWithoutTheClaimsEveryCallerHas() {
		assertThat(call(this.issuer.sign(claims((c) -> c.expirationTime(null))))).isEqualTo(401);
		assertThat(call(this.issuer.sign(claims((c) -> c.expirationTime(secondsAgo(-100L * 365 * 24 * 3600))))))
			.isEqualTo(401);
		assertThat(call(this.issuer.sign(claims((c) -> c.issueTime(secondsAgo(-3600)))))).isEqualTo(401);
		assertThat(call(this.issuer.sign(claims((c) -> c.subject(null))))).isEqualTo(401);
		assertThat(call(this.issuer.sign(claims((c) -> c.subject(" "))))).isEqualTo(401);
		assertThat(call(this.issuer.sign(claims((c) -> c.expirationTime(secondsAgo(-23 * 3600)))))).isEqualTo(200);
	}

	@Test
	void everyAnswerCarriesAContentSecurityPolicyAndNoReferrer() {
		ApiClient.Response page = this.api.get(null, "/livez");
		assertThat(page.headers().getFirst("Content-Security-Policy")).contains("default-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(page.headers().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
	}

	@Test
	void refusesUnsignedForeignSignedAndConfusedTokens() throws Exception {
		assertThat(call(new PlainJWT(new PlainHeader(), claims(UnaryOperator.identity())).serialize())).isEqualTo(401);
		SignedJWT foreign = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims(UnaryOperator.identity()));
		foreign.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
		assertThat(call(foreign.serialize())).isEqualTo(401);
		SignedJWT confused = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(UnaryOperator.identity()));
		confused.sign(new MACSigner(new byte[32]));
		assertThat(call(confused.serialize())).isEqualTo(401);
	}

	@Test
	void refusesATamperedPayload() {
		String[] parts = this.api.token("alice").split("\\.");
		String forged = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"sub\":\"bob\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(call(parts[0] + "." + forged + "." + parts[2])).isEqualTo(401);
	}

	@Test
	void refusesATokenInTheQueryString() {
		String token = this.api.token("alice");
		assertThat(this.api.post(null, "/v1/jobs?access_token=" + token, Map.of()).status()).isEqualTo(401);
	}

	private int call(String token) {
		return this.api.get(token, "/v1/jobs").status();
	}

	private JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject("alice")
			.issuer(this.properties.issuer())
			.audience(this.properties.audience())
			.issueTime(Date.from(now.minusSeconds(600)))
			.expirationTime(Date.from(now.plusSeconds(600)));
		return change.apply(builder).build();
	}

	private static Date secondsAgo(long seconds) {
		return Date.from(Instant.now().minusSeconds(seconds));
	}

}
