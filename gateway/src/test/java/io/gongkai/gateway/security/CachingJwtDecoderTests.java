package io.gongkai.gateway.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import io.gongkai.platform.tokens.VerifiedTokens;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachingJwtDecoderTests {

	private final Instant now = Instant.parse("2026-11-22T04:00:00Z");

	private final AtomicInteger verifications = new AtomicInteger();

	@Test
	void aTokenVerifiedOnceIsNotVerifiedAgainBeforeItExpires() {
		CachingJwtDecoder decoder = decoder(acceptingUntil(this.now.plusSeconds(300)), this.now);
		decoder.decode("token-a").block();
		decoder.decode("token-a").block();
		assertThat(this.verifications).hasValue(1);
		decoder.decode("token-b").block();
		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void aRefusedTokenIsRefusedEveryTimeAndNeverRemembered() {
		ReactiveJwtDecoder refusing = (token) -> {
			this.verifications.incrementAndGet();
			return Mono.error(new BadJwtException("bad signature"));
		};
		CachingJwtDecoder decoder = decoder(refusing, this.now);
		for (int attempt = 0; attempt < 2; attempt++) {
			assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
		}
		assertThat(this.verifications).hasValue(2);
	}

	private CachingJwtDecoder decoder(ReactiveJwtDecoder verifier, Instant at) {
		return new CachingJwtDecoder(verifier, new VerifiedTokens(100, Clock.fixed(at, ZoneOffset.UTC)));
	}

	private ReactiveJwtDecoder acceptingUntil(Instant expiresAt) {
		return (token) -> {
			this.verifications.incrementAndGet();
			return Mono.just(Jwt.withTokenValue(token)
				.header("alg", "RS256")
				.claim("sub", "someone")
				.issuedAt(expiresAt.minusSeconds(300))
				.expiresAt(expiresAt)
				.build());
		};
	}

}
