package io.gongkai.gateway.resilience;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The circuit breaker each service's routes share, named after the service.
 *
 * @param timeout longest wait for a service's response headers (a request body is
 * buffered by the gateway first, so an upload's transfer from the browser does not count)
 * @param failureRateThreshold percentage of failed calls that opens the circuit:
 * time-outs, connections refused or cut, and 502/503/504 answers (see
 * {@code ServiceFailures}); a 4xx or a 500 never counts
 * @param slidingWindowSize number of recent calls the failure rate is computed over
 * @param minimumNumberOfCalls calls needed before the failure rate is considered
 * @param waitDurationInOpenState how long an open circuit answers with the fallback
 * before letting trial calls through
 * @param permittedCallsInHalfOpenState trial calls that decide whether to close again
 * @param maxConcurrentCalls concurrent calls per service before the gateway answers with
 * the fallback (Spring Cloud's default, 25, is far too low for a gateway)
 */
@Validated
@ConfigurationProperties("gongkai.gateway.resilience")
record ResilienceProperties(@NotNull Duration timeout, @Positive @Max(100) float failureRateThreshold,
		@Positive int slidingWindowSize, @Positive int minimumNumberOfCalls, @NotNull Duration waitDurationInOpenState,
		@Positive int permittedCallsInHalfOpenState, @Positive int maxConcurrentCalls) {

}
