package io.gongkai.tenant.onboarding;

import java.time.Instant;

/**
 * A province's standing, as the admin and its coordinators see it. The coordinator's
 * temporary password appears once, in the answer of the onboarding that opened it.
 */
record ProvinceView(String code, String name, ProvinceStatus status, boolean storageReady, String coordinatorUsername,
		String coordinatorTemporaryPassword, Instant onboardedAt, Instant suspendedAt, String suspensionReason) {

	static ProvinceView of(String name, ProvinceState state, String temporaryPassword) {
		return new ProvinceView(state.code(), name, state.status(), state.storageReady(), state.coordinatorUsername(),
				temporaryPassword, state.onboardedAt(), state.suspendedAt(), state.suspensionReason());
	}

}
