package io.gongkai.platform.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTests {

	private final Instant now = Instant.parse("2026-11-22T04:00:00Z");

	private final MutableClock clock = new MutableClock(this.now);

	private final VerifiedTokens tokens = new VerifiedTokens(100, this.clock);

	@Test
	void aRememberedTokenIsFoundByItsExactTextUntilItExpires() {
		Jwt jwt = token("header.payload.signature", this.now.plusSeconds(60));
		this.tokens.remember(jwt);
		assertThat(this.tokens.find("header.payload.signature")).contains(jwt);
		assertThat(this.tokens.find("header.payload.signaturf")).isEmpty();
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(this.tokens.find("header.payload.signature")).contains(jwt);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.tokens.find("header.payload.signature")).isEmpty();
	}

	@Test
	void aTokenWithoutExpiryIsNeverRemembered() {
		Jwt jwt = Jwt.withTokenValue("no-expiry").header("alg", "RS256").claim("sub", "someone").build();
		assertThat(this.tokens.remember(jwt)).isSameAs(jwt);
		assertThat(this.tokens.find("no-expiry")).isEmpty();
	}

	@Test
	void aTokenAlreadyExpiredWhenRememberedIsNotFound() {
		this.tokens.remember(token("late", this.now.minusSeconds(1)));
		assertThat(this.tokens.find("late")).isEmpty();
	}

	private static Jwt token(String text, Instant expiresAt) {
		return Jwt.withTokenValue(text)
			.header("alg", "RS256")
			.claim("sub", "someone")
			.issuedAt(expiresAt.minusSeconds(300))
			.expiresAt(expiresAt)
			.build();
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
