package io.gongkai.gateway.problem;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives a body to the refusals the gateway's own filters answer with a bare status: the
 * rate limiter's 429 and the {@code RequestSize} filter's 413 become problems like every
 * other error of the platform. Responses relayed from a service are left alone.
 */
@Component
class BodilessRejectionFilter implements WebFilter, Ordered {

	private final ProblemResponses problems;

	BodilessRejectionFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpResponse response = new ServerHttpResponseDecorator(exchange.getResponse()) {

			@Override
			public Mono<Void> setComplete() {
				ProblemDetail problem = problemFor(exchange, getStatusCode());
				if (problem == null || isCommitted()) {
					return super.setComplete();
				}
				if (problem.getStatus() == HttpStatus.TOO_MANY_REQUESTS.value()) {
					getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
				}
				return BodilessRejectionFilter.this.problems.write(getDelegate(), problem);
			}

		};
		return chain.filter(exchange.mutate().response(response).build());
	}

	private @Nullable ProblemDetail problemFor(ServerWebExchange exchange, @Nullable HttpStatusCode status) {
		if (status == null) {
			return null;
		}
		if (HttpStatus.TOO_MANY_REQUESTS.isSameCodeAs(status)) {
			GatewayProblem limit = limitOf(exchange);
			return this.problems.problem(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", limit.title(),
					limit.detail());
		}
		if (HttpStatus.CONTENT_TOO_LARGE.isSameCodeAs(status)) {
			return this.problems.problem(exchange, HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
					GatewayProblem.BODY_TOO_LARGE.title(), GatewayProblem.BODY_TOO_LARGE.detail());
		}
		return null;
	}

	private static GatewayProblem limitOf(ServerWebExchange exchange) {
		if (!exchange.getRequest().getPath().value().startsWith("/api/public/")) {
			return GatewayProblem.TOO_MANY_REQUESTS;
		}
		return exchange.getRequest().getHeaders().containsHeader(ProblemResponses.API_KEY_HEADER)
				? GatewayProblem.API_KEY_TOO_MANY_REQUESTS : GatewayProblem.PUBLIC_TOO_MANY_REQUESTS;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
