package io.gongkai.report.importing.agency;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.gongkai.report.importing.ImportSettings;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * The agency search client: tenant-service called as the {@code gongkai-service} service
 * account (client credentials), with short time-outs so that a slow tenant-service fails
 * fast into the retry and circuit breaker named {@code tenant-service}.
 */
@Configuration(proxyBeanMethods = false)
class AgencySearchConfiguration {

	static final String REGISTRATION = "gongkai-service";

	static final String GUARD = "tenant-service";

	@Bean
	AgencySearch agencySearch(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService authorizedClients, RestClient.Builder builder,
			CircuitBreakerRegistry circuitBreakers, RetryRegistry retries, ImportSettings settings) {
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, authorizedClients);
		manager
			.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		OAuth2ClientHttpRequestInterceptor serviceAccount = new OAuth2ClientHttpRequestInterceptor(manager);
		serviceAccount.setClientRegistrationIdResolver((request) -> REGISTRATION);
		ImportSettings.AgencySearch search = settings.agencySearch();
		RestClient rest = builder.baseUrl(search.uri().toString())
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.build(HttpClientSettings.defaults()
					.withConnectTimeout(search.connectTimeout())
					.withReadTimeout(search.readTimeout())))
			.requestInterceptor(serviceAccount)
			.build();
		return new AgencySearch(rest, circuitBreakers.circuitBreaker(GUARD), retries.retry(GUARD),
				search.maxCandidates());
	}

}
