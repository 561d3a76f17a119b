package io.gongkai.tenant.account;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * The admin API client, authenticated as the {@code gongkai-service} service account
 * (client credentials), with short time-outs so that a slow Keycloak fails fast into the
 * retry and circuit breaker.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakAdminConfiguration {

	static final String REGISTRATION = "gongkai-service";

	@Bean
	OAuth2AuthorizedClientManager serviceAccountClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService authorizedClients) {
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, authorizedClients);
		manager
			.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		return manager;
	}

	@Bean
	KeycloakAdminClient keycloakAdminClient(OAuth2AuthorizedClientManager serviceAccountClientManager,
			CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
			@Value("${gongkai.security.issuer-uri}") String issuerUri,
			@Value("${gongkai.keycloak.connect-timeout:2s}") Duration connectTimeout,
			@Value("${gongkai.keycloak.read-timeout:5s}") Duration readTimeout) {
		OAuth2ClientHttpRequestInterceptor serviceAccount = new OAuth2ClientHttpRequestInterceptor(
				serviceAccountClientManager);
		serviceAccount.setClientRegistrationIdResolver((request) -> REGISTRATION);
		RestClient rest = RestClient.builder()
			.baseUrl(adminUri(issuerUri))
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.build(HttpClientSettings.defaults().withConnectTimeout(connectTimeout).withReadTimeout(readTimeout)))
			.requestInterceptor(serviceAccount)
			.build();
		return new KeycloakAdminClient(rest, circuitBreakers, retries);
	}

	/**
	 * {@code http://host/realms/gongkai} → {@code http://host/admin/realms/gongkai}.
	 */
	static String adminUri(String issuerUri) {
		int realms = issuerUri.lastIndexOf("/realms/");
		return issuerUri.substring(0, realms) + "/admin" + issuerUri.substring(realms);
	}

}
