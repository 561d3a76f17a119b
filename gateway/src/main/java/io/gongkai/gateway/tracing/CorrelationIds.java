package io.gongkai.gateway.tracing;

import org.slf4j.MDC;

import org.springframework.web.server.ServerWebExchange;

/**
 * Puts a request's correlation id into the logging MDC around a log statement. The
 * gateway propagates Reactor's context to thread locals only where asked
 * ({@code spring.reactor.context-propagation=limited}, measurably cheaper than
 * {@code auto}), so each of its few log statements brings the id along itself.
 */
public final class CorrelationIds {

	private CorrelationIds() {
	}

	/** Runs {@code logStatement} with the exchange's correlation id in the MDC. */
	public static void log(ServerWebExchange exchange, Runnable logStatement) {
		String id = exchange.getRequest().getHeaders().getFirst(CorrelationIdFilter.HEADER);
		if (id == null) {
			logStatement.run();
			return;
		}
		try (MDC.MDCCloseable ignored = MDC.putCloseable(CorrelationIdFilter.MDC_KEY, id)) {
			logStatement.run();
		}
	}

}
