package io.gongkai.gateway.tracing;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request a correlation id, the caller's own if it is a sane token or a new
 * UUID, passes it to the service, returns it to the caller, carries it in the Reactor
 * context and logs one line per request: method, path, status, duration, id and the
 * instance of the service it was sent to ({@link CalledInstances}). Runs ahead of
 * security, so refused requests are logged too. Never logs headers, query strings or
 * tokens.
 */
@Component
class CorrelationIdFilter implements WebFilter, Ordered {

	/** The header that carries the id between caller, gateway and services. */
	static final String HEADER = "X-Correlation-Id";

	/** The MDC key, used in the log pattern as {@code %X{correlationId}}. */
	static final String MDC_KEY = "correlationId";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final Logger log = LoggerFactory.getLogger("io.gongkai.gateway.access");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long start = System.nanoTime();
		String id = correlationId(exchange.getRequest());
		ServerHttpRequest request = exchange.getRequest().mutate().header(HEADER, id).build();
		ServerWebExchange tagged = exchange.mutate().request(request).build();
		tagged.getResponse().getHeaders().set(HEADER, id);
		tagged.getResponse().beforeCommit(() -> {
			// a service may echo the header: the caller gets exactly one value
			tagged.getResponse().getHeaders().set(HEADER, id);
			return Mono.empty();
		});
		return chain.filter(tagged)
			.doFinally((signal) -> logRequest(tagged, id, start))
			.contextWrite(Context.of(Slf4jThreadLocalAccessor.KEY, Map.of(MDC_KEY, id)));
	}

	private static String correlationId(ServerHttpRequest request) {
		String incoming = request.getHeaders().getFirst(HEADER);
		return (incoming != null && SANE.matcher(incoming).matches()) ? incoming : UUID.randomUUID().toString();
	}

	private static void logRequest(ServerWebExchange exchange, String id, long start) {
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		CorrelationIds.log(exchange,
				() -> log.info("{} {} {} {}ms correlationId={} instance={}", exchange.getRequest().getMethod(),
						exchange.getRequest().getPath().value(), (status != null) ? status.value() : "-", millis, id,
						CalledInstances.of(exchange)));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
