package io.gongkai.tenant.account;

import java.time.Instant;

/**
 * A platform account as the registry keeps it; Keycloak keeps its credentials.
 *
 * @param id the Keycloak user id
 * @param username the sign-in name
 * @param provinceCode the province the account belongs to
 * @param agencyId the agency of a reporter, {@code null} for a coordinator
 * @param role {@code agency-reporter} or {@code provincial-coordinator}
 * @param enabled whether it may sign in
 * @param createdAt when it was made
 * @param createdBy who made it
 */
record Account(String id, String username, String provinceCode, String agencyId, String role, boolean enabled,
		Instant createdAt, String createdBy) {

	Account withEnabled(boolean enabled) {
		return new Account(this.id, this.username, this.provinceCode, this.agencyId, this.role, enabled, this.createdAt,
				this.createdBy);
	}

}
