package io.gongkai.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * With several instances of a service, a request one instance could not serve goes to the
 * next one (at most {@value #MAX_RETRIES} more, never more than the other instances):
 * <ul>
 * <li>any request that could not reach its instance (connection refused: the instance is
 * gone, nothing was sent), whatever its method, since no instance has received it;</li>
 * <li>a read (GET, HEAD) whose connection broke, or that its instance answered with 502,
 * 503 or 504; a write that reached an instance is never sent again.</li>
 * </ul>
 * Each attempt's outcome counts in the circuit of the instance it went to, and an
 * instance that refused a connection has its circuit opened at once (while another is not
 * open), so that the retry, and the requests after it, go to one that answers
 * ({@code InstanceCircuits}). Runs just before the request's URL is chosen, so that each
 * attempt asks the load balancer again, and inside the routes' filters: the route's time
 * limit and fallback see only the last attempt. With one instance, nothing is retried.
 */
@Component
class NextInstanceRetry implements GlobalFilter, Ordered {

	static final int MAX_RETRIES = 2;

	private static final List<HttpMethod> READS = List.of(HttpMethod.GET, HttpMethod.HEAD);

	private final BackendServices services;

	NextInstanceRetry(BackendServices services) {
		this.services = services;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return attempt(exchange, chain, retriesFor(exchange));
	}

	private Mono<Void> attempt(ServerWebExchange exchange, GatewayFilterChain chain, int retriesLeft) {
		if (retriesLeft == 0) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange)
			.then(Mono.just(Optional.<Throwable>empty()))
			.onErrorResume((failure) -> Mono.just(Optional.of(failure)))
			.flatMap((failure) -> {
				if (!exchange.getResponse().isCommitted() && worthAnotherInstance(exchange, failure)) {
					ServerWebExchangeUtils.reset(exchange);
					return attempt(exchange, chain, retriesLeft - 1);
				}
				return failure.map(Mono::<Void>error).orElseGet(Mono::empty);
			});
	}

	private int retriesFor(ServerWebExchange exchange) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		if (route == null || !"lb".equals(route.getUri().getScheme())) {
			return 0;
		}
		int instances = this.services.services().getOrDefault(route.getUri().getHost(), List.of()).size();
		return Math.max(0, Math.min(instances - 1, MAX_RETRIES));
	}

	private static boolean worthAnotherInstance(ServerWebExchange exchange, Optional<Throwable> failure) {
		boolean read = READS.contains(exchange.getRequest().getMethod());
		if (failure.isPresent()) {
			return causedBy(failure.get(), ConnectException.class)
					|| (read && causedBy(failure.get(), IOException.class));
		}
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		return read && status != null && (status.value() == 502 || status.value() == 503 || status.value() == 504);
	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (kind.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public int getOrder() {
		return RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER - 1;
	}

}
