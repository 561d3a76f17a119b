package io.gongkai.tenant.account;

import java.time.Instant;

/**
 * An account as the API shows it. The temporary password is shown once, in the answer
 * that made or reset it, to be handed to the person; it must be changed at first sign-in.
 *
 * @param id the Keycloak user id
 * @param username the sign-in name
 * @param displayName the person's name, or the sign-in name when none was given
 * @param provinceCode the province
 * @param agencyId the agency of a reporter, {@code null} for a coordinator
 * @param agencyName that agency's name in the registry, {@code null} when it has none
 * @param role {@code agency-reporter} or {@code provincial-coordinator}
 * @param enabled whether it may sign in
 * @param createdAt when the platform opened it, {@code null} for an account made in
 * Keycloak directly
 * @param temporaryPassword the password to hand over, only in the answer that set it
 */
record AccountView(String id, String username, String displayName, String provinceCode, String agencyId,
		String agencyName, String role, boolean enabled, Instant createdAt, String temporaryPassword) {

	static AccountView of(Account account, String displayName, String agencyName, String temporaryPassword) {
		return new AccountView(account.id(), account.username(), displayName, account.provinceCode(),
				account.agencyId(), agencyName, account.role(), account.enabled(), account.createdAt(),
				temporaryPassword);
	}

	/** The password is never printed (logs, failures): only whether there is one. */
	@Override
	public String toString() {
		return "AccountView[id=" + this.id + ", username=" + this.username + ", provinceCode=" + this.provinceCode
				+ ", agencyId=" + this.agencyId + ", role=" + this.role + ", enabled=" + this.enabled
				+ ", temporaryPassword=" + ((this.temporaryPassword != null) ? "<hidden>" : "none") + "]";
	}

}
