package io.gongkai.platform.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles a Gongkai token can carry.
 */
public enum Role {

	PLATFORM_ADMIN("platform-admin"), NATIONAL_ANALYST("national-analyst"),
	PROVINCIAL_COORDINATOR("provincial-coordinator"), AGENCY_REPORTER("agency-reporter"),

	/**
	 * The services' own account (client credentials of {@code gongkai-service}), and no
	 * person: reads every province's reports for the national read model.
	 */
	PLATFORM_SERVICE("platform-service");

	private final String claimValue;

	Role(String claimValue) {
		this.claimValue = claimValue;
	}

	/**
	 * The role's name as Keycloak puts it in the {@code roles} claim.
	 */
	public String claimValue() {
		return this.claimValue;
	}

	/**
	 * The Spring Security authority for this role, usable in {@code hasRole(...)}.
	 */
	public String authority() {
		return "ROLE_" + name();
	}

	static Optional<Role> fromClaim(String value) {
		return Arrays.stream(values()).filter((role) -> role.claimValue.equals(value)).findFirst();
	}

}
