package io.gongkai.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.gongkai.platform.tokens.VerifiedTokens;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every servlet service is an OAuth2 resource server: signature, pinned issuer, audience
 * and expiry are checked on every request but health and API descriptions (a token
 * already verified is remembered until it expires, {@link VerifiedTokens}).
 */
@AutoConfiguration
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerConfiguration {

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(SecurityProperties properties) {
		SimpleClientHttpRequestFactory keyFetch = new SimpleClientHttpRequestFactory();
		keyFetch.setConnectTimeout(Duration.ofSeconds(2));
		keyFetch.setReadTimeout(Duration.ofSeconds(5));
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri())
			.restOperations(new RestTemplate(keyFetch))
			.build();
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
				(aud) -> aud != null && aud.contains(properties.audience()));
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(properties.clockSkew()),
				new JwtIssuerValidator(properties.issuerUri()), audience));
		return new CachingJwtDecoder(decoder,
				new VerifiedTokens(properties.verifiedTokenCacheSize(), Clock.systemUTC()));
	}

	/**
	 * No observation around each filter of the security chain, nor around each
	 * authentication and authorization: they took a tenth of a service's CPU under load
	 * and tell nothing the request's own observation ({@code http.server.requests}) does
	 * not.
	 */
	@Bean
	@ConditionalOnMissingBean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@ConditionalOnMissingBean
	SecurityFilterChain resourceServerFilterChain(HttpSecurity http, SecurityProperties properties) throws Exception {
		ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers();
		String[] publicPaths = properties.publicPaths().toArray(String[]::new);
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> {
				if (publicPaths.length > 0) {
					requests.requestMatchers(HttpMethod.GET, publicPaths)
						.permitAll()
						.requestMatchers(HttpMethod.HEAD, publicPaths)
						.permitAll();
				}
				requests
					.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/v3/api-docs",
							"/v3/api-docs/**")
					.permitAll()
					.requestMatchers("/error")
					.permitAll()
					.anyRequest()
					.authenticated();
			})
			.oauth2ResourceServer(
					(server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(new CallerTokenConverter()))
						.authenticationEntryPoint(problems)
						.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	WebMvcConfigurer callerArgumentResolverConfigurer() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CallerArgumentResolver());
			}
		};
	}

}
