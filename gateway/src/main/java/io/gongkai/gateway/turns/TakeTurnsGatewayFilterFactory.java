package io.gongkai.gateway.turns;

import io.gongkai.gateway.problem.GatewayProblem;
import io.gongkai.gateway.problem.ProblemResponses;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The route filter {@code TakeTurns} of the public read's routes: the request waits for
 * its turn ({@link PublicReadTurns}) after the rate limit (a caller over its limit takes
 * no turn) and before the circuit breaker (a wait is not the service's fault). A request
 * that gets no turn is answered with a 503 problem and {@code Retry-After: 1}.
 */
@Component
class TakeTurnsGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

	private final PublicReadTurns turns;

	private final ProblemResponses problems;

	TakeTurnsGatewayFilterFactory(PublicReadTurns turns, ProblemResponses problems) {
		super(Object.class);
		this.turns = turns;
		this.problems = problems;
	}

	@Override
	public GatewayFilter apply(Object config) {
		return (exchange, chain) -> this.turns.inTurn(() -> chain.filter(exchange), () -> busy(exchange));
	}

	private Mono<Void> busy(ServerWebExchange exchange) {
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
		GatewayProblem busy = GatewayProblem.PUBLIC_READ_BUSY;
		return this.problems.write(exchange.getResponse(),
				this.problems.problem(exchange, busy.status(), busy.slug(), busy.title(), busy.detail()));
	}

}
