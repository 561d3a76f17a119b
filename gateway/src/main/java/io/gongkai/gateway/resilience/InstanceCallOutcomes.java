package io.gongkai.gateway.resilience;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import reactor.core.publisher.Mono;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ReactiveLoadBalancerClientFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Gives the outcome of each call to an instance back to the instance's circuit
 * ({@link InstanceCircuits}), whose permission the load balancer took when it chose the
 * instance ({@link InstanceChoice}). Around every attempt (the retry on the next instance
 * makes one request several), just before the load balancer:
 * <ul>
 * <li>an answer: a failure if it is 502, 503 or 504, else a success (4xx and 500
 * included, see {@link ServiceFailures});</li>
 * <li>an error: what {@link ServiceFailures} says, a refused connection as
 * {@link InstanceCircuits#refused};</li>
 * <li>the call given up before the instance answered: a time-out if the request's time
 * limit had passed (the route's time limiter cancels the call, less
 * {@link #TIMER_LEEWAY}), else (the caller went away) nothing, the permission given
 * back.</li>
 * </ul>
 */
@Component
class InstanceCallOutcomes implements GlobalFilter, Ordered {

	/** When the request's first attempt began: where its time limit is counted from. */
	private static final String FIRST_ATTEMPT_ATTR = InstanceCallOutcomes.class.getName() + ".firstAttempt";

	/**
	 * How much earlier than the time limit a cancelled call still counts as a time-out:
	 * the time limit's timer starts a moment before the first attempt.
	 */
	static final Duration TIMER_LEEWAY = Duration.ofMillis(100);

	private final InstanceCircuits circuits;

	private final long timeLimitNanos;

	InstanceCallOutcomes(InstanceCircuits circuits, ResilienceProperties properties) {
		this.circuits = circuits;
		this.timeLimitNanos = properties.timeout().minus(TIMER_LEEWAY).toNanos();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		if (route == null || !"lb".equals(route.getUri().getScheme())) {
			return chain.filter(exchange);
		}
		// the instance of this attempt, not of the one before
		exchange.getAttributes().remove(ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR);
		long started = System.nanoTime();
		long firstAttempt = (Long) exchange.getAttributes().computeIfAbsent(FIRST_ATTEMPT_ATTR, (key) -> started);
		return chain.filter(exchange)
			.doOnSuccess((done) -> answered(exchange, started))
			.doOnError((failure) -> failed(exchange, started, failure))
			.doOnCancel(() -> givenUp(exchange, started, firstAttempt));
	}

	private void answered(ServerWebExchange exchange, long started) {
		ServiceInstance instance = calledInstance(exchange);
		if (instance == null) {
			return;
		}
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		CircuitBreaker circuit = this.circuits.of(instance);
		if (status != null && ServiceFailures.isUnavailable(status)) {
			circuit.onError(since(started), TimeUnit.NANOSECONDS, new ResponseStatusException(status));
		}
		else {
			circuit.onSuccess(since(started), TimeUnit.NANOSECONDS);
		}
	}

	private void failed(ServerWebExchange exchange, long started, Throwable failure) {
		ServiceInstance instance = calledInstance(exchange);
		if (instance == null) {
			return;
		}
		ConnectException refusal = refusal(failure);
		if (refusal != null) {
			this.circuits.refused(instance, since(started), refusal);
		}
		else {
			this.circuits.of(instance).onError(since(started), TimeUnit.NANOSECONDS, failure);
		}
	}

	private void givenUp(ServerWebExchange exchange, long started, long firstAttempt) {
		ServiceInstance instance = calledInstance(exchange);
		if (instance == null) {
			return;
		}
		CircuitBreaker circuit = this.circuits.of(instance);
		if (since(firstAttempt) >= this.timeLimitNanos) {
			circuit.onError(since(started), TimeUnit.NANOSECONDS,
					new TimeoutException("no answer within the time limit"));
		}
		else {
			circuit.releasePermission();
		}
	}

	/** The instance the load balancer chose for this attempt, if it chose one. */
	private static ServiceInstance calledInstance(ServerWebExchange exchange) {
		Response<ServiceInstance> chosen = exchange
			.getAttribute(ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR);
		return (chosen != null && chosen.hasServer()) ? chosen.getServer() : null;
	}

	private static ConnectException refusal(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof ConnectException refused) {
				return refused;
			}
		}
		return null;
	}

	private static long since(long started) {
		return System.nanoTime() - started;
	}

	/** Around each attempt, just before the load balancer chooses its instance. */
	@Override
	public int getOrder() {
		return ReactiveLoadBalancerClientFilter.LOAD_BALANCER_CLIENT_FILTER_ORDER - 1;
	}

}
