package io.gongkai.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.gongkai.gateway.problem.ProblemResponses;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Authentication only: any valid Keycloak access token passes, the services decide what
 * the caller may do. API calls carry a bearer token (checked against Keycloak's JWKS,
 * issuer, audience {@code gongkai-api} and expiry, see {@code application.yml}); browsers
 * sign in with {@code oauth2Login} and their session's access token is relayed to the
 * services by the {@code TokenRelay} route filter.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Where a browser without a session is sent to sign in. */
	static final String LOGIN_PATH = "/oauth2/authorization/gongkai-web";

	private static final String[] PUBLIC_PATHS = { "/actuator/health", "/actuator/health/**", "/v3/api-docs/**",
			"/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/login/**", "/oauth2/**", "/fallback/**" };

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
		return new CachingJwtDecoder(decoder, verifiedTokenCacheSize, Clock.systemUTC());
	}

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemResponses problems) {
		ProblemAuthenticationEntryPoint apiEntryPoint = new ProblemAuthenticationEntryPoint(problems);
		ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
		DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
				List.of(new DelegateEntry(ServerWebExchangeMatchers.pathMatchers("/api/**"), apiEntryPoint)));
		entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(LOGIN_PATH));
		return http
			.authorizeExchange(
					(exchanges) -> exchanges.pathMatchers(PUBLIC_PATHS).permitAll().anyExchange().authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer.authenticationEntryPoint(apiEntryPoint)
				.accessDeniedHandler(accessDenied)
				.jwt(Customizer.withDefaults()))
			.oauth2Login(Customizer.withDefaults())
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
			.csrf((csrf) -> csrf.requireCsrfProtectionMatcher(new CookieCredentialsMatcher())
				.accessDeniedHandler(accessDenied))
			.build();
	}

}
