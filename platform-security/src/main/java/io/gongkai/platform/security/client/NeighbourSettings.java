package io.gongkai.platform.security.client;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How one neighbour (another service, or Keycloak's admin API) is called: where, how long
 * a call may take, how often a failed call is tried again and when the circuit breaker
 * stops calling. Each service binds one of these per neighbour in its own
 * {@code @ConfigurationProperties} record ({@code gongkai.neighbours.<neighbour>}).
 *
 * @param uri the neighbour's base URI, or the base URIs of its instances separated by
 * commas, over which the calls are spread
 * @param connectTimeout time-out to connect
 * @param readTimeout time-out to read the answer (and the longest silence within it)
 * @param attempts how many times a call is made at most, the first included; only what is
 * safe to repeat is repeated (see {@link Neighbour})
 * @param retryWait pause between two attempts
 * @param breakerWindow how many of the last calls the circuit breaker judges
 * @param breakerMinimumCalls calls needed before the circuit breaker judges at all
 * @param breakerFailureRate percentage of failed calls in the window that opens the
 * circuit
 * @param breakerOpenFor how long an open circuit answers at once, without calling, before
 * it lets a few calls try again
 */
public record NeighbourSettings(URI uri, @DefaultValue("1s") Duration connectTimeout,
		@DefaultValue("5s") Duration readTimeout, @DefaultValue("3") int attempts,
		@DefaultValue("200ms") Duration retryWait, @DefaultValue("10") int breakerWindow,
		@DefaultValue("5") int breakerMinimumCalls, @DefaultValue("50") float breakerFailureRate,
		@DefaultValue("30s") Duration breakerOpenFor) {

	public NeighbourSettings {
		if (uri == null) {
			throw new IllegalArgumentException("a neighbour needs its uri");
		}
		if (attempts < 1 || breakerWindow < 1 || breakerMinimumCalls < 1) {
			throw new IllegalArgumentException("attempts, breaker-window and breaker-minimum-calls must be at least 1");
		}
		if (breakerFailureRate <= 0 || breakerFailureRate > 100) {
			throw new IllegalArgumentException("breaker-failure-rate must be a percentage above 0");
		}
	}

	/**
	 * These settings for another base URI.
	 */
	public NeighbourSettings at(URI otherUri) {
		return new NeighbourSettings(otherUri, this.connectTimeout, this.readTimeout, this.attempts, this.retryWait,
				this.breakerWindow, this.breakerMinimumCalls, this.breakerFailureRate, this.breakerOpenFor);
	}

}
