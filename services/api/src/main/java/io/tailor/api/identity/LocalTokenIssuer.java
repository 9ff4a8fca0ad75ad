package io.tailor.api.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Signs development tokens with a key pair made at start-up and held only in memory; the
 * matching decoder trusts that key alone. Exists only in the local profile.
 */
class LocalTokenIssuer {

	static final Duration LIFETIME = Duration.ofHours(1);

	private final RSAKey key;

	private final IdentityProperties properties;

	LocalTokenIssuer(IdentityProperties properties) {
		this.properties = properties;
		try {
			this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String issue(String user) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(user)
			.issuer(this.properties.issuer())
			.audience(List.of(this.properties.audience()))
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(LIFETIME)))
			.jwtID(UUID.randomUUID().toString())
			.build();
		return sign(claims);
	}

	/**
	 * Signs any claims with the local key; tests use it to make tokens that must be
	 * refused.
	 */
	String sign(JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(this.key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	JwtDecoder decoder() {
		try {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(this.key.toRSAPublicKey()).build();
			decoder.setJwtValidator(JwtValidation.of(this.properties));
			return decoder;
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
