package io.gongkai.tenant.onboarding;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.tenant.account.ProvinceAccounts.CoordinatorSpec;
import io.gongkai.tenant.account.ProvinceAccounts.OpenedAccount;
import io.gongkai.tenant.account.ProvinceAccounts;
import io.gongkai.tenant.problem.TenantProblem;
import io.gongkai.tenant.province.Province;
import io.gongkai.tenant.province.ProvinceCatalogue;

import org.springframework.stereotype.Service;

/**
 * Brings a province on board in recorded steps (its report database, its first
 * coordinator, then active), so that running it twice or after an interruption ends in
 * one complete province; suspends and resumes it without deleting anything.
 */
@Service
class ProvinceOnboarding {

	private static final Logger log = LoggerFactory.getLogger(ProvinceOnboarding.class);

	private final ProvinceStateStore states;

	private final ReportStorageClient reportStorage;

	private final ProvinceAccounts accounts;

	private final Clock clock;

	ProvinceOnboarding(ProvinceStateStore states, ReportStorageClient reportStorage, ProvinceAccounts accounts,
			Clock clock) {
		this.states = states;
		this.reportStorage = reportStorage;
		this.accounts = accounts;
		this.clock = clock;
	}

	ProvinceView onboard(Caller caller, Province province, OnboardingRequest request) {
		String code = province.code();
		ProvinceState state = this.states.begin(code);
		if (state.status() != ProvinceStatus.onboarding) {
			return ProvinceView.of(province.name(), state, null);
		}
		if (!state.storageReady()) {
			this.reportStorage.prepare(code);
			this.states.storageReady(code);
		}
		String temporaryPassword = null;
		if (state.coordinatorAccountId() == null) {
			OnboardingRequest.Coordinator coordinator = request.coordinator();
			OpenedAccount opened = this.accounts.openCoordinator(caller, code, new CoordinatorSpec(
					coordinator.username(), coordinator.email(), coordinator.firstName(), coordinator.lastName()));
			this.states.coordinatorOpened(code, opened.id(), opened.username());
			temporaryPassword = opened.temporaryPassword();
		}
		this.states.activated(code, this.clock.instant());
		log.info("Province {} onboarded by {}", code, caller.username());
		return ProvinceView.of(province.name(), this.states.find(code), temporaryPassword);
	}

	ProvinceView suspend(Caller caller, Province province, String reason) {
		ProvinceState state = this.states.find(province.code());
		if (state.status() == ProvinceStatus.suspended) {
			return ProvinceView.of(province.name(), state, null);
		}
		if (state.status() != ProvinceStatus.active) {
			throw new ProblemException(TenantProblem.PROVINCE_NOT_ACTIVE, ProvinceCatalogue.named(province.code()),
					state.status());
		}
		List<String> disabled = this.accounts.disableAll(caller, province.code());
		this.states.suspended(province.code(), reason, disabled, this.clock.instant());
		log.info("Province {} suspended by {} ({} accounts disabled)", province.code(), caller.username(),
				disabled.size());
		return ProvinceView.of(province.name(), this.states.find(province.code()), null);
	}

	ProvinceView resume(Caller caller, Province province) {
		ProvinceState state = this.states.find(province.code());
		if (state.status() != ProvinceStatus.suspended) {
			return ProvinceView.of(province.name(), state, null);
		}
		this.accounts.enable(caller, province.code(), state.suspendedAccountIds());
		this.states.resumed(province.code());
		log.info("Province {} resumed by {}", province.code(), caller.username());
		return ProvinceView.of(province.name(), this.states.find(province.code()), null);
	}

	ProvinceView status(Province province) {
		return ProvinceView.of(province.name(), this.states.find(province.code()), null);
	}

}
