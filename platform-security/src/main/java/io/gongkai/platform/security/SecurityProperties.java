package io.gongkai.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tokens are verified.
 *
 * @param issuerUri the pinned issuer: tokens whose {@code iss} differs are refused
 * @param jwkSetUri where the signing keys are read; derived from the issuer when empty
 * @param audience the audience every accepted token must carry
 */
@ConfigurationProperties("gongkai.security")
public record SecurityProperties(@DefaultValue("http://127.0.0.1:8180/realms/gongkai") String issuerUri,
		String jwkSetUri, @DefaultValue("gongkai-api") String audience) {

	public String effectiveJwkSetUri() {
		return (this.jwkSetUri == null || this.jwkSetUri.isBlank()) ? this.issuerUri + "/protocol/openid-connect/certs"
				: this.jwkSetUri;
	}

}
