package io.gongkai.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;

/**
 * Which requests need a CSRF token: those that change data and could be authenticated by
 * a cookie the browser adds on its own (the session). A request with a bearer token, or
 * without any cookie, cannot be forged that way; it gets a clear 401 when its token is
 * missing instead of a CSRF error.
 */
class CookieCredentialsMatcher implements ServerWebExchangeMatcher {

	@Override
	public Mono<MatchResult> matches(ServerWebExchange exchange) {
		return CsrfWebFilter.DEFAULT_CSRF_MATCHER.matches(exchange).flatMap((changesData) -> {
			if (!changesData.isMatch() || exchange.getRequest().getCookies().isEmpty()
					|| StatelessApiCalls.hasBearerToken(exchange.getRequest())) {
				return MatchResult.notMatch();
			}
			return MatchResult.match();
		});
	}

}
