package io.gongkai.tenant.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.platform.security.Role;
import io.gongkai.tenant.agency.Agency;
import io.gongkai.tenant.agency.AgencyLookup;
import io.gongkai.tenant.problem.TenantProblem;
import io.gongkai.tenant.province.ProvinceCatalogue;

import org.springframework.stereotype.Service;

/**
 * Opens, disables, re-enables and resets accounts in Keycloak and keeps the registry's
 * record of them. Keycloak and the registry cannot share a transaction, so a creation is
 * done in steps that are undone when a later one fails, and a retry finishes or adopts
 * what an interrupted one left: never a user without its attributes and role, never a
 * registry entry without its user.
 */
@Service
class AccountProvisioning {

	private static final Logger log = LoggerFactory.getLogger(AccountProvisioning.class);

	private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final KeycloakAdminClient keycloak;

	private final AccountStore accounts;

	private final AgencyLookup agencies;

	private final AccountDirectory directory;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AccountProvisioning(KeycloakAdminClient keycloak, AccountStore accounts, AgencyLookup agencies,
			AccountDirectory directory, Clock clock) {
		this.keycloak = keycloak;
		this.accounts = accounts;
		this.agencies = agencies;
		this.directory = directory;
		this.clock = clock;
	}

	AccountView open(Caller caller, String provinceCode, NewAccountRequest request) {
		Agency agency = checkRequest(caller, provinceCode, request);
		String agencyId = (agency != null) ? agency.id() : null;
		if (this.accounts.findByUsername(request.username()).isPresent()) {
			throw new UsernameTakenException(request.username());
		}
		Opening opening = this.keycloak.findByUsername(request.username())
			.map((existing) -> adopt(existing, provinceCode, agencyId, request.role()))
			.orElseGet(() -> create(request, provinceCode, agencyId));
		try {
			if (!opening.hasRole()) {
				this.keycloak.grantRealmRole(opening.user().id(), request.role());
			}
			Account account = new Account(opening.user().id(), request.username(), provinceCode, agencyId,
					request.role(), true, this.clock.instant(), caller.username());
			this.accounts.insert(account);
			log.info("Account {} {} in province {} by {}", request.username(),
					opening.complete() ? "taken over as Keycloak holds it" : "opened", provinceCode, caller.username());
			return AccountView.of(account, opening.user().displayName(), (agency != null) ? agency.name() : null,
					opening.temporaryPassword());
		}
		catch (UsernameTakenException recordedMeanwhile) {
			// another request recorded this account first: the Keycloak user is that
			// account's
			throw recordedMeanwhile;
		}
		catch (RuntimeException failure) {
			if (!opening.complete()) {
				undo(opening.user().id(), request.username());
			}
			throw failure;
		}
	}

	private Opening create(NewAccountRequest request, String provinceCode, String agencyId) {
		String password = temporaryPassword();
		String id = this.keycloak.create(new NewKeycloakUser(request.username(), request.email(), request.firstName(),
				request.lastName(), provinceCode, agencyId, password));
		KeycloakUser user = new KeycloakUser(id, request.username(), request.firstName(), request.lastName(), true,
				null);
		return new Opening(user, false, false, password);
	}

	List<AccountView> list(String provinceCode) {
		return this.directory.list(provinceCode);
	}

	AccountView setEnabled(Caller caller, String provinceCode, String accountId, boolean enabled) {
		AccountDirectory.HeldAccount held = manageable(caller, provinceCode, accountId);
		Account account = held.account();
		this.keycloak.setEnabled(account.id(), enabled);
		this.accounts.setEnabled(account.id(), enabled);
		log.info("Account {} {} by {}", account.username(), enabled ? "enabled" : "disabled", caller.username());
		return view(account.withEnabled(enabled), held.displayName(), null);
	}

	AccountView resetCredentials(Caller caller, String provinceCode, String accountId) {
		AccountDirectory.HeldAccount held = manageable(caller, provinceCode, accountId);
		Account account = held.account();
		String password = temporaryPassword();
		this.keycloak.resetPassword(account.id(), password);
		log.info("Credentials of {} reset by {}", account.username(), caller.username());
		return view(account, held.displayName(), password);
	}

	/**
	 * Disables every enabled account Keycloak holds for the province.
	 * @return the ids of those it disabled
	 */
	List<String> disableEvery(Caller caller, String provinceCode) {
		List<String> disabled = new ArrayList<>();
		for (AccountDirectory.HeldAccount held : this.directory.held(provinceCode)) {
			Account account = held.account();
			if (account.enabled()) {
				this.keycloak.setEnabled(account.id(), false);
				this.accounts.setEnabled(account.id(), false);
				disabled.add(account.id());
			}
		}
		log.info("{} accounts of province {} disabled by {}", disabled.size(), provinceCode, caller.username());
		return disabled;
	}

	/**
	 * Enables these accounts again; one Keycloak no longer has is passed over.
	 */
	void enableAgain(Caller caller, String provinceCode, List<String> accountIds) {
		for (String id : accountIds) {
			if (this.keycloak.setEnabledIfPresent(id, true)) {
				this.accounts.setEnabled(id, true);
			}
			else {
				log.warn("Account {} of province {} is gone from Keycloak and was not enabled again", id, provinceCode);
			}
		}
		log.info("Accounts of province {} enabled again by {}", provinceCode, caller.username());
	}

	private AccountView view(Account account, String displayName, String temporaryPassword) {
		String agencyName = (account.agencyId() == null) ? null
				: this.agencies.find(account.provinceCode(), account.agencyId()).map(Agency::name).orElse(null);
		return AccountView.of(account, displayName, agencyName, temporaryPassword);
	}

	private Agency checkRequest(Caller caller, String provinceCode, NewAccountRequest request) {
		if ("provincial-coordinator".equals(request.role()) && !caller.has(Role.PLATFORM_ADMIN)) {
			throw new ProblemException(TenantProblem.COORDINATOR_ACCOUNTS_BY_ADMIN);
		}
		if (!"agency-reporter".equals(request.role())) {
			return null;
		}
		if (request.agencyId() == null || request.agencyId().isBlank()) {
			throw new ProblemException(TenantProblem.AGENCY_MISSING).with("field", "agencyId");
		}
		return this.agencies.find(provinceCode, request.agencyId())
			.orElseThrow(() -> new ProblemException(TenantProblem.UNKNOWN_AGENCY, request.agencyId(),
					ProvinceCatalogue.named(provinceCode))
				.with("field", "agencyId"));
	}

	/**
	 * A Keycloak user with this name but no registry record: made in Keycloak directly
	 * (the realm's demo accounts, an administrator's) or left by an interrupted creation.
	 * It is taken over when it belongs where the new one would: as it is when it is
	 * complete (enabled, with the role), without touching its password; otherwise it is
	 * finished, with a temporary password. Anything else is someone else's account.
	 */
	private Opening adopt(KeycloakUser existing, String provinceCode, String agency, String role) {
		if (!provinceCode.equals(existing.attribute("province"))
				|| !Objects.equals(agency, existing.attribute("agency"))) {
			throw new UsernameTakenException(existing.username());
		}
		boolean hasRole = this.keycloak.realmRoles(existing.id()).contains(role);
		if (hasRole && existing.enabled()) {
			return new Opening(existing, true, true, null);
		}
		String password = temporaryPassword();
		this.keycloak.resetPassword(existing.id(), password);
		if (!existing.enabled()) {
			this.keycloak.setEnabled(existing.id(), true);
		}
		return new Opening(existing, hasRole, false, password);
	}

	private void undo(String userId, String username) {
		try {
			this.keycloak.delete(userId);
			log.warn("Account {} was not completed and has been removed again", username);
		}
		catch (RuntimeException undoFailure) {
			log.warn("Account {} was not completed and could not be removed yet ({}); the next attempt to open it "
					+ "will finish it", username, undoFailure.getMessage());
		}
	}

	private AccountDirectory.HeldAccount manageable(Caller caller, String provinceCode, String accountId) {
		AccountDirectory.HeldAccount held = this.directory.find(provinceCode, accountId)
			.orElseThrow(() -> new ProblemException(TenantProblem.ACCOUNT_NOT_FOUND, accountId,
					ProvinceCatalogue.named(provinceCode)));
		if (AccountDirectory.COORDINATOR.equals(held.account().role()) && !caller.has(Role.PLATFORM_ADMIN)) {
			throw new ProblemException(TenantProblem.COORDINATOR_MANAGED_BY_ADMIN);
		}
		return held;
	}

	private String temporaryPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(PASSWORD_ALPHABET.charAt(this.random.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.toString();
	}

	/**
	 * A Keycloak user on its way to being a recorded account.
	 *
	 * @param user the user
	 * @param hasRole whether it holds the account's role already
	 * @param complete whether it was complete before (then it is never removed again)
	 * @param temporaryPassword the password set now, {@code null} when none was
	 */
	record Opening(KeycloakUser user, boolean hasRole, boolean complete, String temporaryPassword) {

		/** The password is never printed (logs, failures): only whether there is one. */
		@Override
		public String toString() {
			return "Opening[user=" + ((this.user != null) ? this.user.username() : "none") + ", hasRole=" + this.hasRole
					+ ", complete=" + this.complete + ", temporaryPassword="
					+ ((this.temporaryPassword != null) ? "<hidden>" : "none") + "]";
		}

	}

}
