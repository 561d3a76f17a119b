package io.gongkai.gateway.requestsize;

import java.util.concurrent.atomic.AtomicLong;

import io.gongkai.gateway.problem.ProblemResponses;
import io.gongkai.gateway.problem.GatewayProblem;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Refuses a body over {@code gongkai.gateway.request-size.max-body} with a 413 problem,
 * before anything reads it. The routes' {@code RequestSize} filter checks the same limit
 * but only from {@code Content-Length}, and only after the gateway has buffered the body
 * for the circuit breaker's fallback; this filter runs first and also counts bodies sent
 * without a length (chunked), so no body over the limit is ever held in memory.
 */
@Component
class RequestBodyLimitFilter implements GlobalFilter, Ordered {

	private final long maxBytes;

	private final String limit;

	private final ProblemResponses problems;

	RequestBodyLimitFilter(RequestSizeProperties properties, ProblemResponses problems) {
		this.maxBytes = properties.maxBody().toBytes();
		this.limit = properties.maxBody().toString();
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		long declared = exchange.getRequest().getHeaders().getContentLength();
		if (declared > this.maxBytes) {
			return refuse(exchange);
		}
		if (declared >= 0) {
			return chain.filter(exchange);
		}
		ServerHttpRequest counted = new CountingRequest(exchange.getRequest(), this.maxBytes);
		return chain.filter(exchange.mutate().request(counted).build())
			.onErrorResume(BodyTooLargeException.class, (tooLarge) -> refuse(exchange));
	}

	/**
	 * The 413, on a connection closed after it: the rest of the body is never read, and a
	 * client still sending it would otherwise wait for the gateway to take it.
	 */
	private Mono<Void> refuse(ServerWebExchange exchange) {
		exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
		return this.problems.write(exchange.getResponse(),
				this.problems.problem(exchange, HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
						GatewayProblem.BODY_OVER_LIMIT.title(), GatewayProblem.BODY_OVER_LIMIT.detail(this.limit)));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	private static final class CountingRequest extends ServerHttpRequestDecorator {

		private final long maxBytes;

		CountingRequest(ServerHttpRequest delegate, long maxBytes) {
			super(delegate);
			this.maxBytes = maxBytes;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return Flux.defer(() -> {
				AtomicLong seen = new AtomicLong();
				return super.getBody().handle((buffer, sink) -> {
					if (seen.addAndGet(buffer.readableByteCount()) > this.maxBytes) {
						DataBufferUtils.release(buffer);
						sink.error(new BodyTooLargeException());
					}
					else {
						sink.next(buffer);
					}
				});
			});
		}

	}

	private static final class BodyTooLargeException extends RuntimeException {

		BodyTooLargeException() {
			super("request body over the limit", null, false, false);
		}

	}

}
