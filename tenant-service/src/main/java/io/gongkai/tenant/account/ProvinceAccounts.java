package io.gongkai.tenant.account;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongkai.platform.security.Caller;

import org.springframework.stereotype.Component;

/**
 * What onboarding, suspension and reminders do with a province's accounts.
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
	 * The enabled reporter accounts of these agencies, as Keycloak holds them, by agency
	 * id; an agency without one is left out.
	 */
	public Map<String, List<Recipient>> enabledReporters(String provinceCode, Collection<String> agencyIds) {
		Map<String, List<Recipient>> recipients = new LinkedHashMap<>();
		this.directory.enabledReporters(provinceCode, agencyIds)
			.forEach((agencyId, held) -> recipients.put(agencyId,
					held.stream().map((one) -> new Recipient(one.account().username(), one.displayName())).toList()));
		return recipients;
	}

	/**
	 * Opens the province's coordinator account, or returns the one an earlier run opened
	 * or that Keycloak already holds complete.
	 */
	public OpenedAccount openCoordinator(Caller caller, String provinceCode, CoordinatorSpec coordinator) {
		return this.accounts.findByUsername(coordinator.username())
			.filter((existing) -> existing.provinceCode().equals(provinceCode)
					&& AccountDirectory.COORDINATOR.equals(existing.role()))
			.map((existing) -> new OpenedAccount(existing.id(), existing.username(), null))
			.orElseGet(() -> {
				AccountView opened = this.provisioning.open(caller, provinceCode,
						new NewAccountRequest(coordinator.username(), AccountDirectory.COORDINATOR, null,
								coordinator.email(), coordinator.firstName(), coordinator.lastName()));
				return new OpenedAccount(opened.id(), opened.username(), opened.temporaryPassword());
			});
	}

	/**
	 * Disables every enabled account Keycloak holds for the province, whether the
	 * platform opened it or not.
	 * @return the ids of the accounts it disabled, and only those
	 */
	public List<String> disableAll(Caller caller, String provinceCode) {
		return this.provisioning.disableEvery(caller, provinceCode);
	}

	/**
	 * Enables again the accounts a suspension disabled.
	 */
	public void enable(Caller caller, String provinceCode, List<String> accountIds) {
		this.provisioning.enableAgain(caller, provinceCode, accountIds);
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

	/**
	 * A reporter account a reminder goes to.
	 *
	 * @param username its sign-in name
	 * @param displayName the person's name, the sign-in name when none was entered
	 */
	public record Recipient(String username, String displayName) {

	}

}
