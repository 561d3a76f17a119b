package io.gongkai.gateway.resilience;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway guards its calls to the services: the time limit and the bulkhead of
 * each service's routes (Spring Cloud Gateway's {@code CircuitBreaker} filter, named
 * after the service), and the circuit of each instance ({@link InstanceCircuits}).
 *
 * @param timeout longest wait for a service's response headers (a request body is
 * buffered by the gateway first, so an upload's transfer from the browser does not count)
 * @param maxConcurrentCalls concurrent calls per service before the gateway answers with
 * the fallback (Spring Cloud's default, 25, is far too low for a gateway)
 * @param instanceCircuit the circuit each instance of a service has
 */
@Validated
@ConfigurationProperties("gongkai.gateway.resilience")
record ResilienceProperties(@NotNull Duration timeout, @Positive int maxConcurrentCalls,
		@NotNull @Valid InstanceCircuit instanceCircuit) {

	/**
	 * The circuit of one instance of a service (host and port, as the load balancer chose
	 * it): the failures of the calls sent to it, and nothing else, open it.
	 *
	 * @param failureRateThreshold percentage of failed calls that opens the circuit:
	 * time-outs, connections refused or cut, and 502/503/504 answers (see
	 * {@code ServiceFailures}); a 4xx or a 500 never counts
	 * @param slidingWindowSize number of the instance's recent calls the failure rate is
	 * computed over
	 * @param minimumNumberOfCalls calls needed before the failure rate is considered
	 * @param waitDurationInOpenState how long an open circuit keeps its instance out of
	 * the load balancer's choice before letting trial calls through
	 * @param permittedCallsInHalfOpenState trial calls that decide whether to close again
	 */
	record InstanceCircuit(@Positive @Max(100) float failureRateThreshold, @Positive int slidingWindowSize,
			@Positive int minimumNumberOfCalls, @NotNull Duration waitDurationInOpenState,
			@Positive int permittedCallsInHalfOpenState) {

	}

}
