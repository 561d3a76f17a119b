package io.gongkai.gateway.security;

import io.gongkai.platform.tokens.VerifiedTokens;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Verifies a token once and answers from {@link VerifiedTokens} until it expires; a token
 * the wrapped decoder refuses is refused every time.
 */
class CachingJwtDecoder implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder verifier;

	private final VerifiedTokens verified;

	CachingJwtDecoder(ReactiveJwtDecoder verifier, VerifiedTokens verified) {
		this.verifier = verifier;
		this.verified = verified;
	}

	@Override
	public Mono<Jwt> decode(String token) {
		return this.verified.find(token)
			.map(Mono::just)
			.orElseGet(() -> this.verifier.decode(token).map(this.verified::remember));
	}

}
