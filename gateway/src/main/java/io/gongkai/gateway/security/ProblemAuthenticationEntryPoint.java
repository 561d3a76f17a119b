package io.gongkai.gateway.security;

import io.gongkai.gateway.problem.ProblemResponses;
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
			detail = new Words("持有者令牌无效、已过期或不是发给公开平台 API 的；请重新登录，并在 Authorization 请求头中发送新的访问令牌。",
					"The bearer token is invalid, expired or not meant for the Gongkai API; "
							+ "sign in again and send the new access token in the Authorization header.");
		}
		else {
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gongkai\"");
			detail = new Words("此 API 需要持有者令牌：请通过 Keycloak 登录，并以 'Authorization: Bearer <token>' 发送访问令牌。",
					"This API needs a bearer token: sign in with Keycloak and send the access token "
							+ "as 'Authorization: Bearer <token>'.");
		}
		ProblemDetail problem = this.problems.problem(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated",
				new Words("需要登录", "Authentication required"), detail);
		return this.problems.write(exchange.getResponse(), problem);
	}

}
