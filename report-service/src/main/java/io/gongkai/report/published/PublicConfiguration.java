package io.gongkai.report.published;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.gongkai.platform.security.client.ServiceAccountClients;
import io.gongkai.report.importing.agency.AgencySearch;
import io.gongkai.report.importing.agency.AgencySearchSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The public read: its settings, its search in the registry (tenant-service as the
 * service account, under the same {@code tenant-service} retry and circuit breaker as the
 * text import's, with room for more agencies per province), and entity tags for the
 * lists, so that a conditional request for an unchanged list answers 304.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicSettings.class)
class PublicConfiguration {

	private static final String GUARD = "tenant-service";

	@Bean
	PublishedSearch publishedSearch(ServiceAccountClients serviceAccount, CircuitBreakerRegistry circuitBreakers,
			RetryRegistry retries, AgencySearchSettings search, PublicSettings settings, PublishedReports reports) {
		RestClient rest = serviceAccount.restClient(search.uri().toString(), search.connectTimeout(),
				search.readTimeout());
		AgencySearch registry = new AgencySearch(rest, circuitBreakers.circuitBreaker(GUARD), retries.retry(GUARD),
				settings.searchCandidates());
		return new PublishedSearch(registry, reports);
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> publicEntityTags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/public/*");
		registration.setName("publicEntityTags");
		return registration;
	}

}
