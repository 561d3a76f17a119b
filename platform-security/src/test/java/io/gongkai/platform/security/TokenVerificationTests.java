package io.gongkai.platform.security;

import java.time.Duration;
import java.util.List;

import io.gongkai.platform.security.test.TokenIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The servlet services' decoder as configured: a token is verified once and then
 * remembered, while any token that fails a check is refused every time it comes.
 */
class TokenVerificationTests {

	private final TokenIssuer issuer = new TokenIssuer();

	private final JwtDecoder decoder = new ResourceServerConfiguration().jwtDecoder(new SecurityProperties(
			this.issuer.issuerUri(), null, TokenIssuer.AUDIENCE, Duration.ofSeconds(30), 100, List.of()));

	@AfterEach
	void stopIssuer() {
		this.issuer.close();
	}

	@Test
	void aValidTokenSentAgainIsAnsweredFromWhatWasVerified() {
		String token = this.issuer.reporter("zj", "zj-001");
		Jwt first = this.decoder.decode(token);
		Jwt second = this.decoder.decode(token);
		assertThat(second).isSameAs(first);
		assertThat(second.getClaimAsString("province")).isEqualTo("zj");
	}

	@Test
	void aRememberedTokenWithItsSignatureAlteredIsRefused() {
		String token = this.issuer.reporter("zj", "zj-001");
		this.decoder.decode(token);
		// a character inside the signature: the last one may carry only padding bits
		int at = token.length() - 10;
		char replaced = (token.charAt(at) == 'A') ? 'B' : 'A';
		String altered = token.substring(0, at) + replaced + token.substring(at + 1);
		assertThatThrownBy(() -> this.decoder.decode(altered)).isInstanceOf(JwtException.class);
	}

	@Test
	void tokensFailingAnyCheckAreRefusedEveryTime() {
		for (String token : new String[] { this.issuer.signedByForeignKey("zj", "zj-001"),
				this.issuer.expired("zj", "zj-001"), this.issuer.withAudience("other-api", "zj", "zj-001"),
				this.issuer.withIssuer("http://127.0.0.1:1/realms/other", "zj", "zj-001") }) {
			for (int attempt = 0; attempt < 2; attempt++) {
				assertThatThrownBy(() -> this.decoder.decode(token)).isInstanceOf(JwtException.class);
			}
		}
	}

}
