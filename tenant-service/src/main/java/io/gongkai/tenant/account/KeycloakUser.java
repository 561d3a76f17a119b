package io.gongkai.tenant.account;

import java.util.List;
import java.util.Map;

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
	 * The person's name as entered (first then last name), or the user name when none
	 * was.
	 */
	String displayName() {
		String name = String.join(" ",
				java.util.stream.Stream.of(this.firstName, this.lastName)
					.filter((part) -> part != null && !part.isBlank())
					.map(String::strip)
					.toList());
		return name.isEmpty() ? this.username : name;
	}

}
