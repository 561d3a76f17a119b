package io.gongkai.gateway.ratelimit;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Per-province request rate, a token bucket per province shared by all API routes. The
 * routes in {@code application.yml} pass these values to the {@code RequestRateLimiter}
 * filter.
 *
 * @param requestsPerPeriod tokens added to a province's bucket each {@code period}
 * @param period refill period
 * @param burst bucket capacity: how many requests a province may send at once
 * @param trackedCallers most buckets kept in memory (provinces plus {@code national})
 */
@Validated
@ConfigurationProperties("gongkai.gateway.rate-limit")
record RateLimitProperties(@Positive long requestsPerPeriod, @NotNull Duration period, @Positive long burst,
		@Positive long trackedCallers) {

}
