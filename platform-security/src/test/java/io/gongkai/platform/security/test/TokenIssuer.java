package io.gongkai.platform.security.test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A stand-in for Keycloak in tests: serves a JWKS from WireMock on 127.0.0.1 and signs
 * tokens shaped like the realm's, so services verify them exactly as in production.
 */
public final class TokenIssuer implements AutoCloseable {

	public static final String AUDIENCE = "gongkai-api";

	private final WireMockServer server;

	private final RSAKey key;

	private final RSAKey foreignKey;

	public TokenIssuer() {
		this.key = generate("gongkai-test-key");
		this.foreignKey = generate("foreign-key");
		this.server = LocalServers.wireMock();
		this.server.stubFor(WireMock.get(WireMock.urlPathEqualTo("/realms/gongkai/protocol/openid-connect/certs"))
			.willReturn(WireMock.okJson(new JWKSet(this.key.toPublicJWK()).toString())));
	}

	/**
	 * The WireMock server standing in for Keycloak, for tests that also need its admin
	 * API or token endpoint.
	 */
	public WireMockServer server() {
		return this.server;
	}

	/** The issuer the services must pin. */
	public String issuerUri() {
		return "http://127.0.0.1:" + this.server.port() + "/realms/gongkai";
	}

	public String token(String username, List<String> roles, String province, String agency) {
		return sign(this.key, claims(username, roles, province, agency).build());
	}

	public String reporter(String province, String agency) {
		return token("reporter-" + province + "-" + agency, List.of("agency-reporter"), province, agency);
	}

	public String coordinator(String province) {
		return token("coordinator-" + province, List.of("provincial-coordinator"), province, null);
	}

	/**
	 * A coordinator whose token carries a person's name as Keycloak writes it: given and
	 * family name, and {@code name} as "given family".
	 */
	public String coordinatorNamed(String province, String familyName, String givenName) {
		return sign(this.key,
				claims("coordinator-" + province, List.of("provincial-coordinator"), province, null)
					.claim("family_name", familyName)
					.claim("given_name", givenName)
					.claim("name", givenName + " " + familyName)
					.build());
	}

	public String analyst() {
		return token("analyst", List.of("national-analyst"), null, null);
	}

	public String admin() {
		return token("admin", List.of("platform-admin"), null, null);
	}

	/** The services' own account, as its client-credentials token carries it. */
	public String service() {
		return token("service-account-gongkai-service", List.of("platform-admin", "platform-service"), null, null);
	}

	/** A token signed by a key the issuer never published. */
	public String signedByForeignKey(String province, String agency) {
		return sign(this.foreignKey, claims("intruder", List.of("agency-reporter"), province, agency).build());
	}

	public String withIssuer(String issuer, String province, String agency) {
		return sign(this.key, claims("reporter", List.of("agency-reporter"), province, agency).issuer(issuer).build());
	}

	public String withAudience(String audience, String province, String agency) {
		return sign(this.key,
				claims("reporter", List.of("agency-reporter"), province, agency).audience(audience).build());
	}

	/** A token that expired well beyond any clock-skew allowance. */
	public String expired(String province, String agency) {
		Instant past = Instant.now().minus(Duration.ofHours(2));
		return sign(this.key,
				claims("reporter", List.of("agency-reporter"), province, agency).issueTime(Date.from(past))
					.expirationTime(Date.from(past.plus(Duration.ofMinutes(5))))
					.build());
	}

	private JWTClaimsSet.Builder claims(String username, List<String> roles, String province, String agency) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuerUri())
			.subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
			.audience(List.of(AUDIENCE, "account"))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.claim("preferred_username", username)
			.claim("roles", roles)
			.claim("realm_access", Map.of("roles", roles));
		if (province != null) {
			claims.claim("province", province);
		}
		if (agency != null) {
			claims.claim("agency", agency);
		}
		return claims;
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException exception) {
			throw new IllegalStateException(exception);
		}
	}

	private static RSAKey generate(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException exception) {
			throw new IllegalStateException(exception);
		}
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
