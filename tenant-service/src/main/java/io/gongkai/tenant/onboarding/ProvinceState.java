package io.gongkai.tenant.onboarding;

import java.time.Instant;
import java.util.List;

/**
 * A province's onboarding progress and status, step by step, so that an interrupted
 * onboarding is resumed where it stopped.
 *
 * @param code the province code
 * @param status where it stands
 * @param storageReady whether its report database and indexes exist
 * @param coordinatorAccountId the first coordinator's account, once opened
 * @param coordinatorUsername the first coordinator's user name
 * @param onboardedAt when onboarding finished
 * @param suspendedAt when it was suspended, if it is
 * @param suspensionReason why it was suspended
 * @param suspendedAccountIds the accounts the suspension disabled, re-enabled on
 * resumption
 */
record ProvinceState(String code, ProvinceStatus status, boolean storageReady, String coordinatorAccountId,
		String coordinatorUsername, Instant onboardedAt, Instant suspendedAt, String suspensionReason,
		List<String> suspendedAccountIds) {

	ProvinceState {
		suspendedAccountIds = (suspendedAccountIds == null) ? List.of() : List.copyOf(suspendedAccountIds);
	}

	static ProvinceState notOnboarded(String code) {
		return new ProvinceState(code, ProvinceStatus.not_onboarded, false, null, null, null, null, null, List.of());
	}

}
