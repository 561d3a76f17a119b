package io.gongkai.tenant.account;

import java.net.URI;

import io.gongkai.platform.security.client.NeighbourSettings;
import io.gongkai.platform.security.client.NeighbourUnavailableException;
import io.gongkai.platform.security.client.ServiceAccountClients;
import io.gongkai.tenant.config.TenantNeighbours;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The admin API client, authenticated as the {@code gongkai-service} service account
 * (client credentials), through the guarded call named {@code keycloak}
 * ({@code gongkai.neighbours.keycloak}); the undo of a half-done creation through one of
 * its own ({@code keycloak-undo}, same settings).
 */
@Configuration(proxyBeanMethods = false)
class KeycloakAdminConfiguration {

	@Bean
	KeycloakAdminClient keycloakAdminClient(ServiceAccountClients clients, TenantNeighbours neighbours) {
		NeighbourSettings admin = neighbours.keycloak().at(adminUri(neighbours.keycloak().uri()));
		return new KeycloakAdminClient(
				clients.asServiceAccount(TenantNeighbours.KEYCLOAK, admin)
					.whenUnavailable(KeycloakAdminConfiguration::unavailable),
				clients.asServiceAccount(TenantNeighbours.KEYCLOAK + "-undo", admin)
					.whenUnavailable(KeycloakAdminConfiguration::unavailable));
	}

	private static KeycloakUnavailableException unavailable(NeighbourUnavailableException unavailable) {
		return new KeycloakUnavailableException(unavailable.what());
	}

	/**
	 * {@code http://host/realms/gongkai} → {@code http://host/admin/realms/gongkai}.
	 */
	static URI adminUri(URI issuerUri) {
		String issuer = issuerUri.toString();
		int realms = issuer.lastIndexOf("/realms/");
		return URI.create(issuer.substring(0, realms) + "/admin" + issuer.substring(realms));
	}

}
