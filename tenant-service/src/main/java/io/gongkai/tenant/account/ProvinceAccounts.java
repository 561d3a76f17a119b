package io.gongkai.tenant.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.gongkai.platform.security.Caller;

import org.springframework.stereotype.Component;

/**
 * What onboarding and suspension do with a province's accounts.
 */
@Component
public class ProvinceAccounts {

	private final AccountProvisioning provisioning;

	private final AccountStore accounts;

	private final AccountDirectory directory;

	ProvinceAccounts(AccountProvisioning provisioning, AccountStore accounts, AccountDirectory directory) {
		this.provisioning = provisioning;
		this.accounts = accounts;
		this.directory = directory;
	}

	/**
	 * The user names of the enabled reporter accounts of these agencies, as Keycloak
	 * holds them, by agency id; an agency without one is left out.
	 */
	public Map<String, List<String>> enabledReporters(String provinceCode, Collection<String> agencyIds) {
		return this.directory.enabledReporters(provinceCode, agencyIds);
	}

	/**
	 * Opens the province's coordinator account, or returns the one an earlier run opened.
	 */
	public OpenedAccount openCoordinator(Caller caller, String provinceCode, CoordinatorSpec coordinator) {
		return this.accounts.findByUsername(coordinator.username())
			.filter((existing) -> existing.provinceCode().equals(provinceCode)
					&& "provincial-coordinator".equals(existing.role()))
			.map((existing) -> new OpenedAccount(existing.id(), existing.username(), null))
			.orElseGet(() -> {
				AccountView opened = this.provisioning.open(caller, provinceCode,
						new NewAccountRequest(coordinator.username(), "provincial-coordinator", null,
								coordinator.email(), coordinator.firstName(), coordinator.lastName()));
				return new OpenedAccount(opened.id(), opened.username(), opened.temporaryPassword());
			});
	}

	/**
	 * Disables every enabled account of the province.
	 * @return the ids of the accounts it disabled
	 */
	public List<String> disableAll(Caller caller, String provinceCode) {
		List<String> disabled = new ArrayList<>();
		for (Account account : this.accounts.list(provinceCode)) {
			if (account.enabled()) {
				this.provisioning.setEnabled(caller, provinceCode, account.id(), false);
				disabled.add(account.id());
			}
		}
		return disabled;
	}

	public void enable(Caller caller, String provinceCode, List<String> accountIds) {
		for (String id : accountIds) {
			this.provisioning.setEnabled(caller, provinceCode, id, true);
		}
	}

	/**
	 * The first coordinator of a province.
	 */
	public record CoordinatorSpec(String username, String email, String firstName, String lastName) {

	}

	/**
	 * An account opened (with its temporary password) or found already open (without).
	 */
	public record OpenedAccount(String id, String username, String temporaryPassword) {

		/** The password is never printed (logs, failures): only whether there is one. */
		@Override
		public String toString() {
			return "OpenedAccount[id=" + this.id + ", username=" + this.username + ", temporaryPassword="
					+ ((this.temporaryPassword != null) ? "<hidden>" : "none") + "]";
		}

	}

}
