package io.gongkai.gateway.ratelimit;

import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

/**
 * Rate-limit key: the caller's province, taken from the verified token's {@code province}
 * claim (or the browser session's ID token), never from anything else the client sends.
 * Callers without a province (national analysts, platform administrators, service
 * clients) share the {@code national} bucket.
 */
class ProvinceKeyResolver implements KeyResolver {

	/** The bucket of callers without a province. */
	static final String NATIONAL = "national";

	static final String PROVINCE_CLAIM = "province";

	private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{6}");

	@Override
	public Mono<String> resolve(ServerWebExchange exchange) {
		return exchange.getPrincipal().map(ProvinceKeyResolver::province).defaultIfEmpty(NATIONAL);
	}

	private static String province(Object principal) {
		Object claim = null;
		if (principal instanceof JwtAuthenticationToken token) {
			claim = token.getToken().getClaims().get(PROVINCE_CLAIM);
		}
		else if (principal instanceof OAuth2AuthenticationToken token
				&& token.getPrincipal() instanceof OidcUser user) {
			claim = user.getClaims().get(PROVINCE_CLAIM);
		}
		return (claim instanceof String code && PROVINCE_CODE.matcher(code).matches()) ? code : NATIONAL;
	}

}
