package io.gongkai.gateway.apikey;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * Rate-limit key of the public read with an API key: the key's id, as
 * {@link ApiKeyFilter} checked it (a bucket per key, whatever address it comes from). A
 * request whose key was not checked gets no bucket, and the rate limiter refuses it.
 */
class ApiKeyResolver implements KeyResolver {

	static final String PREFIX = "api-key:";

	@Override
	public Mono<String> resolve(ServerWebExchange exchange) {
		String id = exchange.getAttribute(ApiKeyFilter.KEY_ID);
		return (id != null) ? Mono.just(PREFIX + id) : Mono.empty();
	}

}
