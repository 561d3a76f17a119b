package io.gongkai.analytics.sync;

import io.gongkai.platform.security.client.NeighbourSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The services analytics-service reads, and how ({@code gongkai.neighbours}); each is
 * called as the platform's service account through the one guarded call named after it.
 *
 * @param reportService report-service: the feed of each province
 * @param tenantService tenant-service: the provinces served and each province's registry
 */
@ConfigurationProperties("gongkai.neighbours")
record AnalyticsNeighbours(NeighbourSettings reportService, NeighbourSettings tenantService) {

	AnalyticsNeighbours {
		if (reportService == null || tenantService == null) {
			throw new IllegalArgumentException(
					"gongkai.neighbours.report-service.uri and gongkai.neighbours.tenant-service.uri must be set");
		}
	}

}
