package io.gongkai.report.neighbours;

import io.gongkai.platform.security.client.NeighbourSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The services report-service calls, and how ({@code gongkai.neighbours}).
 *
 * @param tenantService tenant-service: whether a province is suspended, whether a code is
 * a tenant, the agency registry's search for the text import and the public read
 */
@ConfigurationProperties("gongkai.neighbours")
public record ReportNeighbours(NeighbourSettings tenantService) {

	public ReportNeighbours {
		if (tenantService == null) {
			throw new IllegalArgumentException("gongkai.neighbours.tenant-service.uri must be set");
		}
	}

}
