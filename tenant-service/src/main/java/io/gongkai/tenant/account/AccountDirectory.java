package io.gongkai.tenant.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gongkai.tenant.agency.Agency;
import io.gongkai.tenant.agency.AgencyLookup;

import org.springframework.stereotype.Component;

/**
 * Every account of a province as Keycloak holds it: the users whose {@code province}
 * attribute is the province and who hold the reporter or coordinator role, whether the
 * platform opened them or they were made in Keycloak directly (the demo's, an
 * administrator's). What the registry recorded when the platform opened one (when, by
 * whom) is added where it exists.
 */
@Component
class AccountDirectory {

	static final String REPORTER = "agency-reporter";

	static final String COORDINATOR = "provincial-coordinator";

	private final KeycloakAdminClient keycloak;

	private final AccountStore accounts;

	private final AgencyLookup agencies;

	AccountDirectory(KeycloakAdminClient keycloak, AccountStore accounts, AgencyLookup agencies) {
		this.keycloak = keycloak;
		this.accounts = accounts;
		this.agencies = agencies;
	}

	/**
	 * The province's accounts, coordinators first, then by agency and user name.
	 */
	List<AccountView> list(String provinceCode) {
		Map<String, String> agencyNames = new HashMap<>();
		List<AccountView> views = new ArrayList<>();
		for (HeldAccount held : held(provinceCode)) {
			Account account = held.account();
			String agencyName = (account.agencyId() == null) ? "" : agencyNames.computeIfAbsent(account.agencyId(),
					(id) -> this.agencies.find(provinceCode, id).map(Agency::name).orElse(""));
			views.add(
					AccountView.of(account, held.user().displayName(), agencyName.isEmpty() ? null : agencyName, null));
		}
		views.sort(Comparator.comparing((AccountView view) -> !COORDINATOR.equals(view.role()))
			.thenComparing((view) -> (view.agencyName() != null) ? view.agencyName() : "")
			.thenComparing(AccountView::username));
		return views;
	}

	/**
	 * The enabled reporter accounts of these agencies, by agency id, each with its user
	 * name and the person's name, in the order of the user names.
	 */
	Map<String, List<HeldAccount>> enabledReporters(String provinceCode, Collection<String> agencyIds) {
		Set<String> wanted = Set.copyOf(agencyIds);
		Map<String, List<HeldAccount>> reporters = new TreeMap<>();
		for (HeldAccount held : held(provinceCode)) {
			Account account = held.account();
			if (account.enabled() && REPORTER.equals(account.role()) && wanted.contains(account.agencyId())) {
				reporters.computeIfAbsent(account.agencyId(), (id) -> new ArrayList<>()).add(held);
			}
		}
		reporters.values().forEach((held) -> held.sort(Comparator.comparing((one) -> one.account().username())));
		return reporters;
	}

	/**
	 * An account of the province, recorded by the platform or held by Keycloak only, with
	 * the person's name as Keycloak holds it.
	 */
	Optional<HeldAccount> find(String provinceCode, String accountId) {
		Optional<Account> recorded = this.accounts.find(provinceCode, accountId);
		if (recorded.isPresent()) {
			Account account = recorded.get();
			KeycloakUser user = this.keycloak.findById(accountId)
				.orElseGet(() -> new KeycloakUser(accountId, account.username(), null, null, account.enabled(), null));
			return Optional.of(new HeldAccount(user, account));
		}
		return this.keycloak.findById(accountId)
			.filter((user) -> provinceCode.equals(user.attribute("province")))
			.flatMap((user) -> {
				List<String> roles = this.keycloak.realmRoles(user.id());
				String role = roles.contains(COORDINATOR) ? COORDINATOR : roles.contains(REPORTER) ? REPORTER : null;
				return Optional.ofNullable(role)
					.map((held) -> new HeldAccount(user, unrecorded(user, provinceCode, held)));
			});
	}

	/**
	 * Every account Keycloak holds for the province (a user with its {@code province}
	 * attribute and the reporter or coordinator role), in Keycloak's order.
	 */
	List<HeldAccount> held(String provinceCode) {
		List<KeycloakUser> users = this.keycloak.provinceUsers(provinceCode);
		if (users.isEmpty()) {
			return List.of();
		}
		Set<String> coordinators = this.keycloak.usersWithRole(COORDINATOR);
		Set<String> reporters = this.keycloak.usersWithRole(REPORTER);
		Map<String, Account> recorded = this.accounts.list(provinceCode)
			.stream()
			.collect(Collectors.toMap(Account::id, Function.identity()));
		List<HeldAccount> held = new ArrayList<>();
		for (KeycloakUser user : users) {
			String role = coordinators.contains(user.id()) ? COORDINATOR
					: reporters.contains(user.id()) ? REPORTER : null;
			if (role == null) {
				continue;
			}
			Account known = recorded.get(user.id());
			Account account = (known != null) ? known.withEnabled(user.enabled())
					: unrecorded(user, provinceCode, role);
			held.add(new HeldAccount(user, account));
		}
		return held;
	}

	private static Account unrecorded(KeycloakUser user, String provinceCode, String role) {
		return new Account(user.id(), user.username(), provinceCode,
				REPORTER.equals(role) ? user.attribute("agency") : null, role, user.enabled(), null, null);
	}

	/**
	 * An account with its Keycloak user.
	 */
	record HeldAccount(KeycloakUser user, Account account) {

		String displayName() {
			return this.user.displayName();
		}

	}

}
