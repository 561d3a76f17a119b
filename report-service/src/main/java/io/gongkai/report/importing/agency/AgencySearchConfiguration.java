package io.gongkai.report.importing.agency;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.gongkai.platform.security.client.ServiceAccountClients;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The agency search client: tenant-service called as the {@code gongkai-service} service
 * account (client credentials), with short time-outs so that a slow tenant-service fails
 * fast into the retry and circuit breaker named {@code tenant-service}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AgencySearchSettings.class)
class AgencySearchConfiguration {

	static final String GUARD = "tenant-service";

	@Bean
	AgencySearch agencySearch(ServiceAccountClients serviceAccount, CircuitBreakerRegistry circuitBreakers,
			RetryRegistry retries, AgencySearchSettings search) {
		RestClient rest = serviceAccount.restClient(search.uri().toString(), search.connectTimeout(),
				search.readTimeout());
		return new AgencySearch(rest, circuitBreakers.circuitBreaker(GUARD), retries.retry(GUARD),
				search.maxCandidates());
	}

}
