package io.gongkai.gateway.web;

import java.net.URI;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After the gateway's session ends ({@code POST /logout}), ends the Keycloak session too
 * (OpenID Connect RP-initiated logout) and comes back to the pages, which then ask the
 * user to sign in again.
 */
public class KeycloakLogoutSuccessHandler implements ServerLogoutSuccessHandler {

	private final String issuerUri;

	private final String clientId;

	private final ServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();

	/**
	 * @param issuerUri the realm's issuer URI
	 * @param clientId the client the browser signed in with
	 */
	public KeycloakLogoutSuccessHandler(String issuerUri, String clientId) {
		this.issuerUri = issuerUri;
		this.clientId = clientId;
	}

	@Override
	public Mono<Void> onLogoutSuccess(WebFilterExchange exchange, Authentication authentication) {
		URI request = exchange.getExchange().getRequest().getURI();
		String home = UriComponentsBuilder.fromUri(request).replacePath("/").replaceQuery(null).build().toUriString();
		UriComponentsBuilder logout = UriComponentsBuilder
			.fromUriString(this.issuerUri + "/protocol/openid-connect/logout")
			.queryParam("client_id", this.clientId)
			.queryParam("post_logout_redirect_uri", home);
		if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
			logout.queryParam("id_token_hint", user.getIdToken().getTokenValue());
		}
		return this.redirect.sendRedirect(exchange.getExchange(), logout.encode().build().toUri());
	}

}
