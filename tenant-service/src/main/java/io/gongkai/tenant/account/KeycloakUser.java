package io.gongkai.tenant.account;

import java.util.List;
import java.util.Map;

/**
 * A user as Keycloak's admin API shows it, with only what accounts need.
 */
record KeycloakUser(String id, String username, boolean enabled, Map<String, List<String>> attributes) {

	KeycloakUser {
		attributes = (attributes == null) ? Map.of() : attributes;
	}

	String attribute(String name) {
		List<String> values = this.attributes.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

}
