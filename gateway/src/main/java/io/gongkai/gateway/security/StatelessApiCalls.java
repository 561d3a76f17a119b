package io.gongkai.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;

/**
 * The API calls that need no browser session: a call to {@code /api/**} that carries a
 * bearer token (a script, a service client, or a browser page's call that also has its
 * cookie: the token is what authenticates it, as it always was), or that carries no
 * cookie at all (a public read, anonymous or with an API key). Neither can be forged by a
 * cross-site page, since a browser adds neither header on its own, and neither has a
 * session to find. Everything else (the pages, sign-in and sign-out,
 * {@code /web/session}, and a browser's API call with only its session cookie) keeps the
 * browser's chain.
 */
class StatelessApiCalls implements ServerWebExchangeMatcher {

	static final String API_PATHS = "/api/";

	/** The public read, open to anyone (with an API key or none). */
	static final String PUBLIC_API_PATHS = "/api/public/**";

	private static final Mono<MatchResult> MATCH = MatchResult.match();

	private static final Mono<MatchResult> NO_MATCH = MatchResult.notMatch();

	@Override
	public Mono<MatchResult> matches(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		if (!request.getPath().pathWithinApplication().value().startsWith(API_PATHS)) {
			return NO_MATCH;
		}
		return (hasBearerToken(request) || !request.getHeaders().containsHeader(HttpHeaders.COOKIE)) ? MATCH : NO_MATCH;
	}

	static boolean hasBearerToken(ServerHttpRequest request) {
		String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

}
