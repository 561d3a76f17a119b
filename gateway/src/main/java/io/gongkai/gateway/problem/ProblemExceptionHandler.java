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
			case NOT_FOUND -> this.problems.problem(exchange, known, "not-found", new Words("地址不存在", "Not found"),
					new Words("网关没有这个地址。API 的地址以 /api/tenants/、/api/reports/ 或 /api/analytics/ 开头，网页在 / 。",
							"The gateway has nothing at this path. The APIs are under /api/tenants/, /api/reports/ "
									+ "and /api/analytics/, the web pages at /."));
			case METHOD_NOT_ALLOWED -> this.problems.problem(exchange, known, "method-not-allowed",
					new Words("不支持的请求方法", "Method not allowed"),
					new Words("此地址不接受 " + method + " 请求；响应的 Allow 头列出了可用的方法。",
							"This path does not take " + method + " requests; the Allow header lists those it does."));
			case NOT_ACCEPTABLE -> this.problems
				.problem(exchange, known, "not-acceptable", new Words("无法提供所要求的格式", "Not acceptable"), new Words(
						"此地址无法以 Accept 头所要求的格式回答；请接受 application/json。",
						"This path cannot answer in the format the Accept header asks for; accept application/json."));
			case UNSUPPORTED_MEDIA_TYPE -> this.problems.problem(exchange, known, "unsupported-media-type",
					new Words("不支持的内容类型", "Unsupported media type"),
					new Words("此地址不接受这种 Content-Type 的请求体；请发送 application/json。",
							"This path does not take a body of this Content-Type; send application/json."));
			case BAD_GATEWAY, SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT ->
				this.problems.problem(exchange, known, "service-unavailable",
						new Words("服务暂不可用", "Service unavailable"), new Words("网关后面的服务暂不可用或响应过慢；请一分钟后重试。",
								"The service behind the gateway is unavailable or too slow; try again in a minute."));
			case INTERNAL_SERVER_ERROR, NOT_IMPLEMENTED -> this.problems.problem(exchange,
					HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", new Words("内部错误", "Internal error"),
					new Words("网关未能完成这个请求。错误已记录；请重试，或报告响应中的 X-Correlation-Id。",
							"The gateway could not complete the request. It was logged; try again or report the "
									+ "X-Correlation-Id of the answer."));
			default -> this.problems.problem(exchange, known.is4xxClientError() ? known : HttpStatus.BAD_REQUEST,
					"invalid-request", new Words("请求无效", "Invalid request"),
					new Words("网关无法处理这个请求（" + known.value() + "）；请检查地址、请求头和请求体。",
							"The gateway cannot handle this request (" + known.value()
									+ "); check its path, headers and body."));
		};
	}

}
