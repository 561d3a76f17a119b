package io.gongkai.tenant.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gongkai.platform.tokens.DisplayNames;

/**
 * A user as Keycloak's admin API shows it, with only what accounts need. A brief
 * representation (a role's holders) may leave out {@code enabled}.
 */
record KeycloakUser(String id, String username, String firstName, String lastName, Boolean enabled,
		Map<String, List<String>> attributes) {

	KeycloakUser {
		enabled = (enabled == null) || enabled;
		attributes = (attributes == null) ? Map.of() : attributes;
	}

	String attribute(String name) {
		List<String> values = this.attributes.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/**
	 * The person's name as the pages show the signed-in person's own (a Chinese name
	 * family name first: 张伟), or the user name when none was entered.
	 */
	String displayName() {
		Map<String, String> claims = new HashMap<>();
		claims.put("preferred_username", this.username);
		if (this.firstName != null) {
			claims.put("given_name", this.firstName);
		}
		if (this.lastName != null) {
			claims.put("family_name", this.lastName);
		}
		return DisplayNames.of(claims);
	}

}
