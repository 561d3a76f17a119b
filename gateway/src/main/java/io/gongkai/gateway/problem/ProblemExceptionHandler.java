package io.gongkai.gateway.problem;

import io.gongkai.gateway.tracing.CorrelationIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Every error that reaches the gateway's WebFlux layer leaves as a problem, ahead of
 * Spring Boot's default error handler (order -1), whose JSON is not RFC 9457: a path the
 * gateway does not know, a method it does not take, a request it cannot read, and any
 * failure of its own (a 500 that names no class and points to the correlation id).
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

	private final ProblemResponses problems;

	ProblemExceptionHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(failure);
		}
		HttpStatusCode status = (failure instanceof ErrorResponse response) ? response.getStatusCode()
				: HttpStatus.INTERNAL_SERVER_ERROR;
		if (status.is5xxServerError()) {
			CorrelationIds.log(exchange, () -> log.error("Unexpected failure on {} {}",
					exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(), failure));
		}
		exchange.getResponse().getHeaders().clearContentHeaders();
		if (failure instanceof ErrorResponse response) {
			// for example the Allow header of a 405
			exchange.getResponse().getHeaders().addAll(response.getHeaders());
		}
		return this.problems.write(exchange.getResponse(), problemFor(exchange, status));
	}

	private ProblemDetail problemFor(ServerWebExchange exchange, HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		if (known == null) {
			known = status.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String method = exchange.getRequest().getMethod().name();
		return switch (known) {
			case NOT_FOUND -> this.problems.problem(exchange, known, "not-found", GatewayProblem.NOT_FOUND.title(),
					GatewayProblem.NOT_FOUND.detail());
			case METHOD_NOT_ALLOWED -> this.problems.problem(exchange, known, "method-not-allowed",
					GatewayProblem.METHOD_NOT_ALLOWED.title(), GatewayProblem.METHOD_NOT_ALLOWED.detail(method));
			case NOT_ACCEPTABLE -> this.problems.problem(exchange, known, "not-acceptable",
					GatewayProblem.NOT_ACCEPTABLE.title(), GatewayProblem.NOT_ACCEPTABLE.detail());
			case UNSUPPORTED_MEDIA_TYPE -> this.problems.problem(exchange, known, "unsupported-media-type",
					GatewayProblem.UNSUPPORTED_MEDIA_TYPE.title(), GatewayProblem.UNSUPPORTED_MEDIA_TYPE.detail());
			case BAD_GATEWAY, SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT ->
				this.problems.problem(exchange, known, "service-unavailable",
						GatewayProblem.SERVICE_UNAVAILABLE.title(), GatewayProblem.SERVICE_UNAVAILABLE.detail());
			case INTERNAL_SERVER_ERROR, NOT_IMPLEMENTED ->
				this.problems.problem(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
						GatewayProblem.INTERNAL_ERROR.title(), GatewayProblem.INTERNAL_ERROR.detail());
			default -> this.problems.problem(exchange, known.is4xxClientError() ? known : HttpStatus.BAD_REQUEST,
					"invalid-request", GatewayProblem.INVALID_REQUEST.title(),
					GatewayProblem.INVALID_REQUEST.detail(known.value()));
		};
	}

}
