package io.gongkai.gateway.security;

import io.gongkai.gateway.problem.ProblemResponses;
import io.gongkai.gateway.problem.Words;
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
				"rejected-request", new Words("请求被拒绝", "Request rejected"),
				new Words("请求的地址或请求头含有平台不接受的内容（例如编码的斜杠 %2F、“..”、分号或控制字符）；请去掉后重试。",
						"The request's path or headers hold something the platform does not accept (for example an "
								+ "encoded slash %2F, '..', a semicolon or a control character); remove it and try again.")));
	}

}
