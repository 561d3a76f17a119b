package io.gongkai.report.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that stands still until a test moves it on, starting on 10 February 2022 in
 * China: after the 31 January deadline of a department's report on 2021.
 */
final class MovableClock extends Clock {

	static final Instant START = Instant.parse("2022-02-10T02:00:00Z");

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private volatile Instant now = START;

	void moveOn(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return CHINA;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
