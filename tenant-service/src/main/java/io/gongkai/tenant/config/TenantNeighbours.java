package io.gongkai.tenant.config;

import io.gongkai.platform.security.client.NeighbourSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The services tenant-service calls, and how ({@code gongkai.neighbours}); each is called
 * through the one guarded call named after it.
 *
 * @param reportService report-service: preparing a province's storage at onboarding (as
 * the service account), the follow-up's list of reports (with the coordinator's token)
 * @param keycloak Keycloak's admin API (its uri is the realm's issuer; the admin path is
 * derived from it): accounts, onboarding, suspension
 */
@ConfigurationProperties("gongkai.neighbours")
public record TenantNeighbours(NeighbourSettings reportService, NeighbourSettings keycloak) {

	/** The name of report-service's guarded call (its retry and circuit breaker). */
	public static final String REPORT_SERVICE = "report-service";

	/** The name of Keycloak's guarded call (its retry and circuit breaker). */
	public static final String KEYCLOAK = "keycloak";

	public TenantNeighbours {
		if (reportService == null || keycloak == null) {
			throw new IllegalArgumentException(
					"gongkai.neighbours.report-service.uri and gongkai.neighbours.keycloak.uri must be set");
		}
	}

}
