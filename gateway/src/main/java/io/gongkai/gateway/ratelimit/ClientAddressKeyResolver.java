package io.gongkai.gateway.ratelimit;

import java.net.InetSocketAddress;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * Rate-limit key of the public read, which has no sign-in: the address the request came
 * from (the connection's peer, not a header the client could set), in a bucket of its own
 * apart from the provinces'. Behind a proxy every reader shares the proxy's address.
 */
class ClientAddressKeyResolver implements KeyResolver {

	static final String PREFIX = "public:";

	@Override
	public Mono<String> resolve(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		String address = (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress()
				: "unknown";
		return Mono.just(PREFIX + address);
	}

}
