package io.gongkai.gateway.routing;

import java.net.ConnectException;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * A request that could not reach the instance chosen for it (the connection was refused:
 * the instance is gone, nothing was sent) goes to the next instance, whatever its method:
 * a write is safe to send there, since the first never received it. Runs just before the
 * request's URL is chosen, so that each attempt asks the load balancer again, and inside
 * the routes' filters (circuit breaker, read retry), which see only the last attempt.
 */
@Component
class UnreachedInstanceRetry implements GlobalFilter, Ordered {

	/** Attempts after the first: enough for two instances gone at once. */
	static final int RETRIES = 2;

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return attempt(exchange, chain, 0);
	}

	private Mono<Void> attempt(ServerWebExchange exchange, GatewayFilterChain chain, int retry) {
		return chain.filter(exchange)
			.onErrorResume(
					(failure) -> retry < RETRIES && isUnreached(failure) && !exchange.getResponse().isCommitted(),
					(failure) -> {
						ServerWebExchangeUtils.reset(exchange);
						return attempt(exchange, chain, retry + 1);
					});
	}

	private static boolean isUnreached(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof ConnectException) {
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
