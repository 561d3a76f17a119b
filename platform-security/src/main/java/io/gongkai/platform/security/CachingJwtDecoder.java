package io.gongkai.platform.security;

import io.gongkai.platform.tokens.VerifiedTokens;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Verifies a token once and answers from {@link VerifiedTokens} until it expires; a token
 * the wrapped decoder refuses is refused every time.
 */
class CachingJwtDecoder implements JwtDecoder {

	private final JwtDecoder verifier;

	private final VerifiedTokens verified;

	CachingJwtDecoder(JwtDecoder verifier, VerifiedTokens verified) {
		this.verifier = verifier;
		this.verified = verified;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		return this.verified.find(token).orElseGet(() -> this.verified.remember(this.verifier.decode(token)));
	}

}
