package io.gongkai.gateway.requestsize;

import java.time.Duration;
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

	private final long maxDrain;

	private final Duration drainTimeout;

	private final String limit;

	private final ProblemResponses problems;

	RequestBodyLimitFilter(RequestSizeProperties properties, ProblemResponses problems) {
		this.maxBytes = properties.maxBody().toBytes();
		this.maxDrain = properties.maxDrain().toBytes();
		this.drainTimeout = properties.drainTimeout();
		this.limit = properties.maxBody().toString();
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		long declared = headers.getContentLength();
		if (declared > this.maxBytes) {
			boolean bodyOnItsWay = declared <= this.maxDrain
					&& !headers.containsHeaderValue(HttpHeaders.EXPECT, "100-continue");
			return bodyOnItsWay ? drain(exchange.getRequest().getBody()).then(refuse(exchange)) : refuse(exchange);
		}
		if (declared >= 0) {
			return chain.filter(exchange);
		}
		ServerHttpRequest counted = new CountingRequest(exchange.getRequest(), this.maxBytes, this.maxDrain);
		return chain.filter(exchange.mutate().request(counted).build())
			.onErrorResume(BodyTooLargeException.class, (tooLarge) -> refuse(exchange));
	}

	/**
	 * Reads and throws away the body the client is sending anyway, up to
	 * {@code max-drain} and {@code drain-timeout}: a connection closed with unread bytes
	 * is reset, and the reset takes the 413 with it before the client has read it.
	 */
	private Mono<Void> drain(Flux<DataBuffer> body) {
		AtomicLong drained = new AtomicLong();
		return body.<DataBuffer>handle((buffer, sink) -> {
			long read = drained.addAndGet(buffer.readableByteCount());
			DataBufferUtils.release(buffer);
			if (read > this.maxDrain) {
				sink.complete();
			}
		}).then().timeout(this.drainTimeout).onErrorComplete();
	}

	/**
	 * The 413, on a connection closed after it, so that nothing more of the body is
	 * awaited.
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

	/**
	 * A body without a declared length, passed on while within the limit. Past the limit
	 * nothing more is passed on: the rest is read and thrown away (up to the drain
	 * limit), and the body ends in {@link BodyTooLargeException} once the client has sent
	 * it.
	 */
	private static final class CountingRequest extends ServerHttpRequestDecorator {

		private final long maxBytes;

		private final long maxDrain;

		CountingRequest(ServerHttpRequest delegate, long maxBytes, long maxDrain) {
			super(delegate);
			this.maxBytes = maxBytes;
			this.maxDrain = maxDrain;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return Flux.defer(() -> {
				AtomicLong seen = new AtomicLong();
				Flux<DataBuffer> withinLimit = super.getBody().handle((buffer, sink) -> {
					long read = seen.addAndGet(buffer.readableByteCount());
					if (read <= this.maxBytes) {
						sink.next(buffer);
						return;
					}
					DataBufferUtils.release(buffer);
					if (read > this.maxBytes + this.maxDrain) {
						sink.error(new BodyTooLargeException());
					}
				});
				return withinLimit.concatWith(Mono.defer(
						() -> (seen.get() > this.maxBytes) ? Mono.error(new BodyTooLargeException()) : Mono.empty()));
			});
		}

	}

	private static final class BodyTooLargeException extends RuntimeException {

		BodyTooLargeException() {
			super("request body over the limit", null, false, false);
		}

	}

}
