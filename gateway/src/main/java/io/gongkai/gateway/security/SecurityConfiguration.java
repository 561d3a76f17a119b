package io.gongkai.gateway.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.gongkai.gateway.problem.ProblemResponses;
import io.gongkai.gateway.web.KeycloakLogoutSuccessHandler;
import io.gongkai.platform.tokens.VerifiedTokens;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Authentication only: any valid Keycloak access token passes, the services decide what
 * the caller may do. API calls carry a bearer token (checked against Keycloak's JWKS,
 * issuer, audience {@code gongkai-api} and expiry, see {@code application.yml}); browsers
 * sign in with {@code oauth2Login} and their session's access token is relayed to the
 * services by the {@code TokenRelay} route filter.
 * <p>
 * Two chains. API calls with a bearer token or without any cookie
 * ({@link StatelessApiCalls}) take a stateless one first: the bearer token only, no
 * session read or created, no CSRF token (nothing a browser sends on its own
 * authenticates them), no request saved for after a sign-in. Everything else, the
 * browser's pages and its API calls with the session cookie, takes the browser's chain
 * with its session, CSRF, sign-in and sign-out. Both permit the same public paths and
 * answer refusals with the same problems and the same security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Where a browser without a session is sent to sign in. */
	static final String LOGIN_PATH = "/oauth2/authorization/gongkai-web";

	/** The client browsers sign in with (see application.yml). */
	static final String WEB_CLIENT_ID = "gongkai-web";

	/**
	 * Open to anyone: health, API descriptions, sign-in, the pages' code and libraries
	 * (no data: the pages fetch everything through the APIs with the user's session), and
	 * the public read of published reports with its pages.
	 */
	private static final String[] PUBLIC_PATHS = { "/actuator/health", "/actuator/health/**", "/v3/api-docs/**",
			"/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/app/**", "/favicon.ico", "/login/**", "/oauth2/**",
			"/fallback/**", StatelessApiCalls.PUBLIC_API_PATHS, "/public", "/public/**" };

	/**
	 * Answered with a 401 problem rather than a redirect to sign in: APIs and the pages'
	 * session.
	 */
	private static final String[] PROBLEM_PATHS = { "/api/**", "/web/**" };

	/**
	 * Verifies bearer tokens: Keycloak's keys (fetched on the first token, so start-up
	 * needs no Keycloak), the pinned issuer, the audience and expiry within the allowed
	 * clock skew.
	 */
	@Bean
	ReactiveJwtDecoder jwtDecoder(@Value("${gongkai.gateway.issuer-uri}") String issuerUri,
			@Value("${gongkai.gateway.audience}") String audience,
			@Value("${gongkai.gateway.clock-skew:30s}") Duration clockSkew,
			@Value("${gongkai.gateway.verified-token-cache-size:10000}") long verifiedTokenCacheSize) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
			.withJwkSetUri(issuerUri + "/protocol/openid-connect/certs")
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(clockSkew),
				new JwtIssuerValidator(issuerUri),
				new JwtClaimValidator<List<String>>("aud", (aud) -> aud != null && aud.contains(audience))));
		return new CachingJwtDecoder(decoder, new VerifiedTokens(verifiedTokenCacheSize, Clock.systemUTC()));
	}

	/**
	 * API calls that carry a bearer token or no cookie at all: authenticated by the token
	 * alone, without any of the browser's state (its session, CSRF token, saved request).
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain statelessApiSecurityWebFilterChain(ServerHttpSecurity http, ProblemResponses problems,
			@Value("${gongkai.gateway.issuer-uri}") String issuerUri) {
		ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
		ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
		return http.securityMatcher(new StatelessApiCalls())
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(StatelessApiCalls.PUBLIC_API_PATHS)
				.permitAll()
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDenied)
				.jwt(Customizer.withDefaults()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.headers((headers) -> securityHeaders(headers, issuerUri))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
			.build();
	}

	/**
	 * The browser's pages and its calls with the session cookie: sign-in, the session,
	 * CSRF tokens for what changes data, sign-out; bearer tokens are still accepted.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemResponses problems,
			@Value("${gongkai.gateway.issuer-uri}") String issuerUri) {
		ProblemAuthenticationEntryPoint apiEntryPoint = new ProblemAuthenticationEntryPoint(problems);
		ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
		DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
				List.of(new DelegateEntry(ServerWebExchangeMatchers.pathMatchers(PROBLEM_PATHS), apiEntryPoint)));
		entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(LOGIN_PATH));
		return http
			.authorizeExchange(
					(exchanges) -> exchanges.pathMatchers(PUBLIC_PATHS).permitAll().anyExchange().authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer.authenticationEntryPoint(apiEntryPoint)
				.accessDeniedHandler(accessDenied)
				.jwt(Customizer.withDefaults()))
			.oauth2Login(Customizer.withDefaults())
			.logout((logout) -> logout.logoutSuccessHandler(new KeycloakLogoutSuccessHandler(issuerUri, WEB_CLIENT_ID)))
			.headers((headers) -> securityHeaders(headers, issuerUri))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
			// the token lives in its own cookie rather than in the session: storing it in
			// the session gives the session a new id, and a request already under way
			// with
			// the old id (a page still loading) would find itself signed out
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieServerCsrfTokenRepository())
				.requireCsrfProtectionMatcher(new CookieCredentialsMatcher())
				.accessDeniedHandler(accessDenied))
			.build();
	}

	/**
	 * The same on every answer of either chain: Spring Security's defaults (no caching
	 * unless the service says otherwise, no MIME sniffing, no framing, HSTS over HTTPS)
	 * and the pages' content security policy, which also keeps an API answer opened in a
	 * browser from being framed or loading anything from another origin.
	 */
	private static void securityHeaders(ServerHttpSecurity.HeaderSpec headers, String issuerUri) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy(issuerUri)));
	}

	/**
	 * What the pages may load and where their forms may go: only this origin, plus
	 * Keycloak for signing out. {@code 'unsafe-eval'} because Vue compiles the pages'
	 * templates in the browser (no build step); no inline scripts.
	 */
	static String contentSecurityPolicy(String issuerUri) {
		URI issuer = URI.create(issuerUri);
		String keycloak = issuer.getScheme() + "://" + issuer.getAuthority();
		return "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
				+ "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
				+ "frame-ancestors 'none'; form-action 'self' " + keycloak;
	}

}
