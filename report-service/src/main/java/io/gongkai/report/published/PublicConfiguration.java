package io.gongkai.report.published;

import io.gongkai.platform.security.client.Neighbour;
import io.gongkai.report.registry.AgencySearch;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The public read: its settings, its search in the registry (tenant-service as the
 * service account, through the same guarded call as the text import's, with room for more
 * agencies per province), and entity tags for the lists, so that a conditional request
 * for an unchanged list answers 304.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicSettings.class)
class PublicConfiguration {

	@Bean
	PublishedSearch publishedSearch(Neighbour tenantService, PublicSettings settings, PublishedReports reports) {
		return new PublishedSearch(new AgencySearch(tenantService, settings.searchCandidates()), reports);
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
