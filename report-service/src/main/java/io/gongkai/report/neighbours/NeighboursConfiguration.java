package io.gongkai.report.neighbours;

import io.gongkai.platform.security.client.Neighbour;
import io.gongkai.platform.security.client.ServiceAccountClients;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * tenant-service as report-service calls it: as the platform's service account, through
 * the one guarded call named {@code tenant-service}, shared by every feature that asks.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportNeighbours.class)
class NeighboursConfiguration {

	@Bean
	Neighbour tenantService(ServiceAccountClients serviceAccount, ReportNeighbours neighbours) {
		return serviceAccount.asServiceAccount("tenant-service", neighbours.tenantService());
	}

}
