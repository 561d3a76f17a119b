package io.gongkai.platform.security.client;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * The service account's token source and clients, in every servlet service that registers
 * the {@code gongkai-service} client. The token request itself has short time-outs
 * ({@code gongkai.service-account.token-connect-timeout}, default 2 s, and
 * {@code gongkai.service-account.token-read-timeout}, default 5 s; Spring Security's
 * default client has none), so that a Keycloak that does not answer fails a call between
 * services quickly instead of holding it. The guarded calls' retries and circuit breakers
 * live in the service's Resilience4j registries when it has them (so that they show in
 * its metrics).
 */
@AutoConfiguration(
		afterName = "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration")
@ConditionalOnClass({ ClientRegistrationRepository.class, RestClient.class })
@ConditionalOnBean(ClientRegistrationRepository.class)
public class ServiceAccountConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OAuth2AuthorizedClientManager serviceAccountClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService authorizedClients,
			@Value("${gongkai.service-account.token-connect-timeout:2s}") Duration connectTimeout,
			@Value("${gongkai.service-account.token-read-timeout:5s}") Duration readTimeout) {
		RestClient tokenEndpoint = RestClient.builder().configureMessageConverters((converters) -> {
			converters.addCustomConverter(new FormHttpMessageConverter());
			converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
		})
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.build(HttpClientSettings.defaults().withConnectTimeout(connectTimeout).withReadTimeout(readTimeout)))
			.build();
		RestClientClientCredentialsTokenResponseClient tokens = new RestClientClientCredentialsTokenResponseClient();
		tokens.setRestClient(tokenEndpoint);
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, authorizedClients);
		manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
			.clientCredentials((clientCredentials) -> clientCredentials.accessTokenResponseClient(tokens))
			.build());
		return manager;
	}

	@Bean
	ServiceAccountClients serviceAccountClients(OAuth2AuthorizedClientManager serviceAccountClientManager,
			ObjectProvider<CircuitBreakerRegistry> circuitBreakers, ObjectProvider<RetryRegistry> retries,
			@Value("${gongkai.service-account.token-read-timeout:5s}") Duration tokenReadTimeout) {
		return new ServiceAccountClients(serviceAccountClientManager,
				circuitBreakers.getIfAvailable(CircuitBreakerRegistry::ofDefaults),
				retries.getIfAvailable(RetryRegistry::ofDefaults), tokenReadTimeout);
	}

}
