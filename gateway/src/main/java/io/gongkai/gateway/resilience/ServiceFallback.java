package io.gongkai.gateway.resilience;

import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.gongkai.gateway.problem.ProblemResponses;
import io.gongkai.gateway.problem.GatewayProblem;
import io.gongkai.gateway.routing.BackendServices;
import io.gongkai.gateway.tracing.CalledInstances;
import io.gongkai.gateway.tracing.CorrelationIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a caller gets, at once, when a service is down, failing, too slow or the circuit
 * of every one of its instances is open: a 503 problem naming the service, with
 * {@code Retry-After}. The {@code reason} extension tells operators and clients which of
 * these it was; the warning in the log names the instance called, if any.
 */
class ServiceFallback implements HandlerFunction<ServerResponse> {

	private static final Logger log = LoggerFactory.getLogger(ServiceFallback.class);

	static final String RETRY_AFTER_SECONDS = "60";

	private final BackendServices services;

	private final ProblemResponses problems;

	ServiceFallback(BackendServices services, ProblemResponses problems) {
		this.services = services;
		this.problems = problems;
	}

	@Override
	public Mono<ServerResponse> handle(ServerRequest request) {
		String service = request.pathVariable("service");
		if (!this.services.isKnown(service)) {
			// answered as every unknown path is, with a not-found problem
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		Throwable failure = request.exchange()
			.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		String reason = reason(failure);
		CorrelationIds.log(request.exchange(), () -> log.warn("{} answered by the fallback: {} (instance {})", service,
				reason, CalledInstances.of(request.exchange())));
		ProblemDetail problem = problem(this.problems, request.exchange(), service, reason);
		return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.header(HttpHeaders.CONTENT_LANGUAGE, ProblemResponses.contentLanguage(problem))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(this.problems.body(problem));
	}

	/**
	 * The 503 problem of a service that could not answer, with the service and the reason
	 * as extensions.
	 */
	static ProblemDetail problem(ProblemResponses problems, ServerWebExchange exchange, String service, String reason) {
		ProblemDetail problem = problems.problem(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
				GatewayProblem.SERVICE_FALLBACK.title(), GatewayProblem.SERVICE_FALLBACK.detail(service));
		problem.setProperty("service", service);
		problem.setProperty("reason", reason);
		return problem;
	}

	private static String reason(Throwable failure) {
		if (failure instanceof EveryInstanceOpen) {
			return "circuit-open";
		}
		if (failure instanceof TimeoutException) {
			return "timeout";
		}
		if (failure instanceof BulkheadFullException) {
			return "overloaded";
		}
		if (failure instanceof HttpStatusCodeException) {
			return "server-error";
		}
		return "unreachable";
	}

}
