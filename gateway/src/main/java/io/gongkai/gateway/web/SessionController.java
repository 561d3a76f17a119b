package io.gongkai.gateway.web;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /web/session}: the signed-in user of the browser session, for the web pages.
 * Without a session it answers 401 (a problem), so that the pages can send the browser to
 * sign in.
 */
@RestController
class SessionController {

	@GetMapping("/web/session")
	Mono<SignedInUser> session(Authentication authentication, ServerWebExchange exchange) {
		Mono<CsrfToken> csrf = exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
		return csrf.map((token) -> new SignedInUser.Csrf(token.getHeaderName(), token.getToken()))
			.map((token) -> SignedInUser.fromClaims(claims(authentication), token));
	}

	private static Map<String, Object> claims(Authentication authentication) {
		if (authentication.getPrincipal() instanceof OidcUser user) {
			return user.getClaims();
		}
		if (authentication.getPrincipal() instanceof Jwt jwt) {
			return jwt.getClaims();
		}
		return Map.of();
	}

}
