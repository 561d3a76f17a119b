package io.gongkai.gateway.resilience;

import java.util.List;
import java.util.Optional;

import io.gongkai.gateway.problem.ProblemResponses;
import io.gongkai.gateway.tracing.CorrelationIds;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The answer to a write leaves the gateway only once the service has sent all of it. An
 * instance that dies while it answers has sent its status and headers (a 201, say) but
 * not its whole body; streamed on, the caller would get that status and then a broken
 * connection, with nothing to say what happened. Held until complete, a cut answer
 * becomes the 503 problem of an unavailable service (reason {@code interrupted}, with
 * {@code Retry-After}), which the caller retries with its {@code Idempotency-Key} or
 * {@code If-Match} as after any other 503. Writes' answers are small JSON; reads (GET,
 * HEAD) are streamed as they come: downloads can be large, and a cut read changed
 * nothing.
 */
@Component
class InterruptedAnswers implements GlobalFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(InterruptedAnswers.class);

	private static final List<HttpMethod> READS = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

	private final ProblemResponses problems;

	InterruptedAnswers(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		if (READS.contains(exchange.getRequest().getMethod())) {
			return chain.filter(exchange);
		}
		// the gateway's own headers (correlation id, ...), before the service's are added
		HttpHeaders own = new HttpHeaders();
		own.putAll(exchange.getResponse().getHeaders());
		ServerHttpResponse whole = new ServerHttpResponseDecorator(exchange.getResponse()) {

			@Override
			public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
				return DataBufferUtils.join(body)
					.map(Optional::of)
					.defaultIfEmpty(Optional.empty())
					.onErrorResume((failure) -> interrupted(exchange, getDelegate(), own, failure)
						.then(Mono.<Optional<DataBuffer>>empty()))
					.flatMap((answer) -> super.writeWith(Mono.justOrEmpty(answer)));
			}

		};
		return chain.filter(exchange.mutate().response(whole).build());
	}

	private Mono<Void> interrupted(ServerWebExchange exchange, ServerHttpResponse response, HttpHeaders own,
			Throwable failure) {
		String service = serviceOf(exchange);
		CorrelationIds.log(exchange, () -> log.warn("{} answered by the fallback: interrupted ({} after its status {})",
				service, failure.getClass().getSimpleName(), response.getStatusCode()));
		response.getHeaders().clear();
		response.getHeaders().putAll(own);
		response.getHeaders().set(HttpHeaders.RETRY_AFTER, ServiceFallback.RETRY_AFTER_SECONDS);
		return this.problems.write(response, ServiceFallback.problem(this.problems, exchange, service, "interrupted"));
	}

	/** The service of the route: its {@code lb://} host. */
	private static String serviceOf(ServerWebExchange exchange) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		return (route != null && route.getUri().getHost() != null) ? route.getUri().getHost() : "service";
	}

	/** Around the writing of the service's answer, so that it is the one held. */
	@Override
	public int getOrder() {
		return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
	}

}
