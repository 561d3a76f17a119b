package io.gongkai.gateway.ratelimit;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Per-province request rate, a token bucket per province shared by all API routes, and
 * how every shared bucket is kept. The routes in {@code application.yml} pass these
 * values to the {@code RequestRateLimiter} filter.
 *
 * @param requestsPerPeriod tokens added to a province's bucket each {@code period}
 * @param period refill period
 * @param burst bucket capacity: how many requests a province may send at once
 * @param trackedCallers most buckets kept in memory (provinces plus {@code national})
 * @param localShare with buckets shared in the store: the share of a bucket's capacity
 * this instance may take from its own copy before it writes to the store
 * ({@link LocalFirstBuckets}; 0 sends every request to the store)
 * @param syncEvery with buckets shared in the store: the longest this instance decides
 * from its own copy of a bucket before it reads the store again
 */
@Validated
@ConfigurationProperties("gongkai.gateway.rate-limit")
record RateLimitProperties(@Positive long requestsPerPeriod, @NotNull Duration period, @Positive long burst,
		@Positive long trackedCallers, @DecimalMin("0.0") @DecimalMax("0.5") double localShare,
		@NotNull Duration syncEvery) {

}
