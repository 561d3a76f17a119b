package io.gongkai.platform.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The access tokens a decoder has verified, remembered until they expire, so that a
 * client sending the same token again costs a map look-up instead of a signature check
 * (an RSA verification took about a quarter of a service's CPU under load). Keyed by the
 * token's full text: a token changed in any character is not found and is verified
 * afresh. Only tokens that passed every check are given to {@link #remember(Jwt)}; a
 * token without an expiry is never remembered.
 */
public final class VerifiedTokens {

	private final Cache<String, Jwt> verified;

	private final Clock clock;

	/**
	 * Remembers up to {@code maximumTokens} tokens; the least used go first when full.
	 * @param maximumTokens how many tokens at most
	 * @param clock the clock that decides expiry
	 */
	public VerifiedTokens(long maximumTokens, Clock clock) {
		this.clock = clock;
		this.verified = Caffeine.newBuilder()
			.maximumSize(maximumTokens)
			.expireAfter(new UntilTokenExpiry(clock))
			.build();
	}

	/**
	 * The token as verified before, if it was and has not expired since.
	 * @param token the token's text
	 * @return the verified token, or empty when it must be verified
	 */
	public Optional<Jwt> find(String token) {
		Jwt known = this.verified.getIfPresent(token);
		if (known == null || !known.getExpiresAt().isAfter(this.clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(known);
	}

	/**
	 * Remembers a token that passed verification, until its expiry.
	 * @param jwt the verified token
	 * @return the same token
	 */
	public Jwt remember(Jwt jwt) {
		if (jwt.getExpiresAt() != null) {
			this.verified.put(jwt.getTokenValue(), jwt);
		}
		return jwt;
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
