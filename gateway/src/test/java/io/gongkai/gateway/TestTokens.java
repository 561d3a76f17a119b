package io.gongkai.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs tokens the way the platform's Keycloak realm does, with a key generated for the
 * tests; {@link #jwks()} is what the fake Keycloak serves as its JWKS.
 */
final class TestTokens {

	static final String KEY_ID = "gongkai-test-key";

	private static final RSAKey KEY = generate();

	/** Same key id, different key: a token signed with it has a wrong signature. */
	private static final RSAKey IMPOSTOR_KEY = generate();

	private TestTokens() {
	}

	static String jwks() {
		return new JWKSet(KEY.toPublicJWK()).toString();
	}

	static Builder token() {
		return new Builder();
	}

	/** A valid token of an agency reporter in the given province. */
	static String ofProvince(String province) {
		return token().province(province).sign();
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static final class Builder {

		private String issuer = TestEnvironment.issuerUri();

		private List<String> audience = List.of("gongkai-api", "account");

		private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));

		private String province;

		private List<String> roles = List.of("agency-reporter");

		private String nonce;

		private String subject = UUID.randomUUID().toString();

		private RSAKey key = KEY;

		Builder province(String province) {
			this.province = province;
			return this;
		}

		Builder roles(String... roles) {
			this.roles = List.of(roles);
			return this;
		}

		Builder issuer(String issuer) {
			this.issuer = issuer;
			return this;
		}

		Builder audience(String... audience) {
			this.audience = List.of(audience);
			return this;
		}

		Builder expiresAt(Instant expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		Builder subject(String subject) {
			this.subject = subject;
			return this;
		}

		Builder nonce(String nonce) {
			this.nonce = nonce;
			return this;
		}

		Builder signedByAnotherKey() {
			this.key = IMPOSTOR_KEY;
			return this;
		}

		String sign() {
			JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(this.issuer)
				.subject(this.subject)
				.audience(this.audience)
				.issueTime(Date.from(this.expiresAt.minus(Duration.ofMinutes(10))))
				.expirationTime(Date.from(this.expiresAt))
				.claim("azp", "gongkai-web")
				.claim("preferred_username", "reporter")
				.claim("roles", this.roles);
			if (this.province != null) {
				claims.claim("province", this.province).claim("agency", this.province + "-01");
			}
			if (this.nonce != null) {
				claims.claim("nonce", this.nonce);
			}
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).type(JOSEObjectType.JWT).build(),
					claims.build());
			try {
				jwt.sign(new RSASSASigner(this.key));
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
			return jwt.serialize();
		}

	}

}
