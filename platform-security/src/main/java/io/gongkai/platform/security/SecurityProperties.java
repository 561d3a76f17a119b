package io.gongkai.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tokens are verified.
 *
 * @param issuerUri the pinned issuer: tokens whose {@code iss} differs are refused
 * @param jwkSetUri where the signing keys are read; derived from the issuer when empty
 * @param audience the audience every accepted token must carry
 * @param clockSkew how far a token's times may be off the service's clock
 * @param verifiedTokenCacheSize how many verified tokens are remembered until they
 * expire, so that a token sent again is not verified again
 * @param publicPaths paths (Ant patterns) anyone may read with {@code GET} and
 * {@code HEAD} without a token, e.g. {@code /api/public/**}; none by default
 */
@ConfigurationProperties("gongkai.security")
public record SecurityProperties(@DefaultValue("http://127.0.0.1:8180/realms/gongkai") String issuerUri,
		String jwkSetUri, @DefaultValue("gongkai-api") String audience, @DefaultValue("30s") Duration clockSkew,
		@DefaultValue("10000") long verifiedTokenCacheSize, @DefaultValue List<String> publicPaths) {

	public String effectiveJwkSetUri() {
		return (this.jwkSetUri == null || this.jwkSetUri.isBlank()) ? this.issuerUri + "/protocol/openid-connect/certs"
				: this.jwkSetUri;
	}

}
