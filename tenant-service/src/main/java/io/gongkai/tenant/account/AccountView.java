package io.gongkai.tenant.account;

import java.time.Instant;

/**
 * An account as the API shows it. The temporary password is shown once, in the answer
 * that made or reset it, to be handed to the person; it must be changed at first sign-in.
 */
record AccountView(String id, String username, String provinceCode, String agencyId, String role, boolean enabled,
		Instant createdAt, String temporaryPassword) {

	static AccountView of(Account account) {
		return of(account, null);
	}

	static AccountView of(Account account, String temporaryPassword) {
		return new AccountView(account.id(), account.username(), account.provinceCode(), account.agencyId(),
				account.role(), account.enabled(), account.createdAt(), temporaryPassword);
	}

}
