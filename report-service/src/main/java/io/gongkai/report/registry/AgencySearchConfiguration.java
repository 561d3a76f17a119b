package io.gongkai.report.registry;

import io.gongkai.platform.security.client.Neighbour;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The agency search client: tenant-service through the guarded call named
 * {@code tenant-service}, as the {@code gongkai-service} service account.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AgencySearchSettings.class)
class AgencySearchConfiguration {

	@Bean
	AgencySearch agencySearch(Neighbour tenantService, AgencySearchSettings search) {
		return new AgencySearch(tenantService, search.maxCandidates());
	}

}
