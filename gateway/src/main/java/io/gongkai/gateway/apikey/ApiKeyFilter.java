package io.gongkai.gateway.apikey;

import io.gongkai.gateway.problem.GatewayProblem;
import io.gongkai.gateway.problem.ProblemResponses;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Checks the {@code X-Api-Key} of a request to the public read: an unknown key is refused
 * with a 401 problem, a revoked one with a 403, and a valid one counted and handed to the
 * rate limit ({@link ApiKeyResolver}), which then applies the key's own, higher limit.
 * Without the header the request is anonymous, limited per client address.
 */
class ApiKeyFilter implements WebFilter {

	/** The exchange attribute holding the id of the request's valid key. */
	static final String KEY_ID = ApiKeyFilter.class.getName() + ".keyId";

	private final ApiKeys keys;

	private final ProblemResponses problems;

	ApiKeyFilter(ApiKeys keys, ProblemResponses problems) {
		this.keys = keys;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		String presented = request.getHeaders().getFirst(ProblemResponses.API_KEY_HEADER);
		if (presented == null || !request.getPath().value().startsWith("/api/public/")
				|| !(HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))) {
			return chain.filter(exchange);
		}
		return Mono.fromCallable(() -> this.keys.check(presented.strip()))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((check) -> switch (check.outcome()) {
				case VALID -> {
					this.keys.countUse(check.id());
					exchange.getAttributes().put(KEY_ID, check.id());
					yield chain.filter(exchange);
				}
				case UNKNOWN -> refuse(exchange, GatewayProblem.API_KEY_UNKNOWN);
				case REVOKED -> refuse(exchange, GatewayProblem.API_KEY_REVOKED);
				case UNCHECKED -> refuse(exchange, GatewayProblem.API_KEY_UNCHECKED);
			});
	}

	private Mono<Void> refuse(ServerWebExchange exchange, GatewayProblem problem) {
		return this.problems.write(exchange.getResponse(),
				this.problems.problem(exchange, problem.status(), problem.slug(), problem.title(), problem.detail()));
	}

}
