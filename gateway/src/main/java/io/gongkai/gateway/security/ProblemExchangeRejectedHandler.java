package io.gongkai.gateway.security;

import io.gongkai.gateway.problem.ProblemResponses;
import io.gongkai.gateway.problem.GatewayProblem;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers a request the firewall refuses (an encoded slash or a {@code ..} in the path, a
 * semicolon, a header with characters HTTP does not allow) with a 400 problem rather than
 * Spring Security's empty 400.
 */
class ProblemExchangeRejectedHandler implements ServerExchangeRejectedHandler {

	private final ProblemResponses problems;

	ProblemExchangeRejectedHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
		return this.problems.write(exchange.getResponse(), this.problems.problem(exchange, HttpStatus.BAD_REQUEST,
				"rejected-request", GatewayProblem.REJECTED_REQUEST.title(), GatewayProblem.REJECTED_REQUEST.detail()));
	}

}
