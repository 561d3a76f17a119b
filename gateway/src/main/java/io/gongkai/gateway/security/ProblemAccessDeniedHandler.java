package io.gongkai.gateway.security;

import io.gongkai.gateway.problem.ProblemResponses;
import io.gongkai.gateway.problem.GatewayProblem;
import io.gongkai.gateway.problem.Words;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers a refused request with a 403 problem. The gateway authorises nothing itself, so
 * in practice this is a browser session's state-changing call without its CSRF token.
 */
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

	private final ProblemResponses problems;

	ProblemAccessDeniedHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		Words detail = (denied instanceof CsrfException) ? GatewayProblem.CSRF_TOKEN_MISSING.detail()
				: GatewayProblem.FORBIDDEN.detail();
		return this.problems.write(exchange.getResponse(), this.problems.problem(exchange, HttpStatus.FORBIDDEN,
				"forbidden", GatewayProblem.FORBIDDEN.title(), detail));
	}

}
