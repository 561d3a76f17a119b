package io.gongkai.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Remembers the tokens it has verified until they expire, so that a client sending the
 * same token again costs a map look-up instead of a signature check. Only tokens that
 * passed every check of the wrapped decoder are remembered, keyed by their full text: a
 * token changed in any character is verified afresh.
 */
class CachingJwtDecoder implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder verifier;

	private final Cache<String, Jwt> verified;

	private final Clock clock;

	CachingJwtDecoder(ReactiveJwtDecoder verifier, long maximumTokens, Clock clock) {
		this.verifier = verifier;
		this.clock = clock;
		this.verified = Caffeine.newBuilder()
			.maximumSize(maximumTokens)
			.expireAfter(new UntilTokenExpiry(clock))
			.build();
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = this.verified.getIfPresent(token);
		if (known != null && known.getExpiresAt() != null && known.getExpiresAt().isAfter(this.clock.instant())) {
			return Mono.just(known);
		}
		return this.verifier.decode(token).doOnNext((jwt) -> {
			if (jwt.getExpiresAt() != null) {
				this.verified.put(token, jwt);
			}
		});
	}

	/**
	 * An entry lives until its token's expiry, and never past it.
	 */
	private record UntilTokenExpiry(Clock clock) implements Expiry<String, Jwt> {

		@Override
		public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
			Instant expiresAt = jwt.getExpiresAt();
			return Math.max(0, Duration.between(this.clock.instant(), expiresAt).toNanos());
		}

		@Override
		public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
			return expireAfterCreate(token, jwt, currentTime);
		}

		@Override
		public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
			return currentDuration;
		}

	}

}
