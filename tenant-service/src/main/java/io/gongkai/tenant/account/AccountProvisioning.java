package io.gongkai.tenant.account;

import java.security.SecureRandom;
import java.time.Clock;
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
		String password = temporaryPassword();
		String userId = this.keycloak.findByUsername(request.username())
			.map((existing) -> adoptInterrupted(existing, provinceCode, agencyId, password))
			.orElseGet(() -> this.keycloak.create(new NewKeycloakUser(request.username(), request.email(),
					request.firstName(), request.lastName(), provinceCode, agencyId, password)));
		try {
			if (!this.keycloak.realmRoles(userId).contains(request.role())) {
				this.keycloak.grantRealmRole(userId, request.role());
			}
			Account account = new Account(userId, request.username(), provinceCode, agencyId, request.role(), true,
					this.clock.instant(), caller.username());
			this.accounts.insert(account);
			log.info("Account {} opened in province {} by {}", request.username(), provinceCode, caller.username());
			KeycloakUser shown = new KeycloakUser(userId, request.username(), request.firstName(), request.lastName(),
					true, null);
			return AccountView.of(account, shown.displayName(), (agency != null) ? agency.name() : null, password);
		}
		catch (UsernameTakenException recordedMeanwhile) {
			// another request recorded this account first: the Keycloak user is that
			// account's
			throw recordedMeanwhile;
		}
		catch (RuntimeException failure) {
			undo(userId, request.username());
			throw failure;
		}
	}

	List<AccountView> list(String provinceCode) {
		return this.directory.list(provinceCode);
	}

	AccountView setEnabled(Caller caller, String provinceCode, String accountId, boolean enabled) {
		Account account = manageable(caller, provinceCode, accountId);
		this.keycloak.setEnabled(account.id(), enabled);
		this.accounts.setEnabled(account.id(), enabled);
		log.info("Account {} {} by {}", account.username(), enabled ? "enabled" : "disabled", caller.username());
		return view(account.withEnabled(enabled), null);
	}

	AccountView resetCredentials(Caller caller, String provinceCode, String accountId) {
		Account account = manageable(caller, provinceCode, accountId);
		String password = temporaryPassword();
		this.keycloak.resetPassword(account.id(), password);
		log.info("Credentials of {} reset by {}", account.username(), caller.username());
		return view(account, password);
	}

	private AccountView view(Account account, String temporaryPassword) {
		String agencyName = (account.agencyId() == null) ? null
				: this.agencies.find(account.provinceCode(), account.agencyId()).map(Agency::name).orElse(null);
		return AccountView.of(account, account.username(), agencyName, temporaryPassword);
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
	 * A Keycloak user with this name but no registry record is what an interrupted
	 * creation leaves. It is finished when it belongs where the new one would; anything
	 * else is someone else's account.
	 */
	private String adoptInterrupted(KeycloakUser existing, String provinceCode, String agency, String password) {
		if (!provinceCode.equals(existing.attribute("province"))
				|| !Objects.equals(agency, existing.attribute("agency"))) {
			throw new UsernameTakenException(existing.username());
		}
		this.keycloak.resetPassword(existing.id(), password);
		return existing.id();
	}

	private void undo(String userId, String username) {
		try {
			this.keycloak.delete(userId);
			log.warn("Account {} was not completed and has been removed again", username);
		}
		catch (RuntimeException undoFailure) {
			log.warn("Account {} was not completed and could not be removed yet; the next attempt to open it "
					+ "will finish it", username);
		}
	}

	private Account manageable(Caller caller, String provinceCode, String accountId) {
		Account account = this.directory.find(provinceCode, accountId)
			.orElseThrow(() -> new ProblemException(TenantProblem.ACCOUNT_NOT_FOUND, accountId,
					ProvinceCatalogue.named(provinceCode)));
		if ("provincial-coordinator".equals(account.role()) && !caller.has(Role.PLATFORM_ADMIN)) {
			throw new ProblemException(TenantProblem.COORDINATOR_MANAGED_BY_ADMIN);
		}
		return account;
	}

	private String temporaryPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(PASSWORD_ALPHABET.charAt(this.random.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.toString();
	}

}
