package io.gongkai.gateway.security;

import io.gongkai.gateway.problem.ProblemResponses;
import io.gongkai.gateway.problem.GatewayProblem;
import io.gongkai.gateway.problem.Words;
import io.gongkai.gateway.tracing.CorrelationIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers an API call without a valid bearer token with a 401 problem and a
 * {@code WWW-Authenticate: Bearer} challenge (RFC 6750), never with a redirect. Why a
 * token was refused is logged, not returned: the caller only learns to get a new one.
 */
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

	private static final Logger log = LoggerFactory.getLogger(ProblemAuthenticationEntryPoint.class);

	private final ProblemResponses problems;

	ProblemAuthenticationEntryPoint(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException exception) {
		boolean tokenRefused = exception instanceof OAuth2AuthenticationException;
		Words detail;
		if (tokenRefused) {
			CorrelationIds.log(exchange, () -> log.debug("Bearer token refused on {}: {}",
					exchange.getRequest().getPath().value(), exception.getMessage()));
			exchange.getResponse()
				.getHeaders()
				.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gongkai\", error=\"invalid_token\"");
			detail = GatewayProblem.INVALID_TOKEN.detail();
		}
		else {
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gongkai\"");
			detail = GatewayProblem.TOKEN_REQUIRED.detail();
		}
		ProblemDetail problem = this.problems.problem(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated",
				GatewayProblem.TOKEN_REQUIRED.title(), detail);
		return this.problems.write(exchange.getResponse(), problem);
	}

}
