package io.gongkai.tenant.account;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.gongkai.platform.security.client.Neighbour;
import io.gongkai.platform.security.client.NeighbourRefusedException;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;

/**
 * Keycloak's admin REST API for the realm's users, called with the platform's service
 * account. Every call goes through the guarded call named {@code keycloak} (its
 * time-outs, retry and circuit breaker); when Keycloak stays down the caller gets a
 * {@link KeycloakUnavailableException}.
 */
class KeycloakAdminClient {

	private static final ParameterizedTypeReference<List<KeycloakUser>> USERS = new ParameterizedTypeReference<>() {
	};

	/** What a Keycloak user id looks like (a UUID; letters, digits and hyphens). */
	private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

	/** Users per page when listing. */
	private static final int PAGE = 500;

	private final Neighbour keycloak;

	private final Neighbour undo;

	/**
	 * @param keycloak the admin API through the guarded call named {@code keycloak}, its
	 * unavailability raised as {@link KeycloakUnavailableException}
	 * @param undo the admin API through a guarded call of its own, so that the undo of a
	 * half-done creation is tried even when the first circuit has just opened on the
	 * failure it undoes
	 */
	KeycloakAdminClient(Neighbour keycloak, Neighbour undo) {
		this.keycloak = keycloak;
		this.undo = undo;
	}

	Optional<KeycloakUser> findByUsername(String username) {
		List<KeycloakUser> users = this.keycloak.call("look up the account",
				(rest) -> rest.get()
					.uri((uri) -> uri.path("/users")
						.queryParam("username", username)
						.queryParam("exact", true)
						.queryParam("briefRepresentation", false)
						.build())
					.retrieve()
					.body(USERS));
		return (users == null) ? Optional.empty() : users.stream().findFirst();
	}

	/**
	 * Creates the user.
	 * @return the new user's id
	 * @throws UsernameTakenException when Keycloak already has that user name
	 */
	String create(NewKeycloakUser user) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", user.username());
		body.put("enabled", true);
		body.put("emailVerified", user.email() != null);
		putIfPresent(body, "email", user.email());
		putIfPresent(body, "firstName", user.firstName());
		putIfPresent(body, "lastName", user.lastName());
		Map<String, List<String>> attributes = new LinkedHashMap<>();
		attributes.put("province", List.of(user.province()));
		if (user.agency() != null) {
			attributes.put("agency", List.of(user.agency()));
		}
		body.put("attributes", attributes);
		body.put("requiredActions", List.of("UPDATE_PASSWORD"));
		body.put("credentials",
				List.of(Map.of("type", "password", "value", user.temporaryPassword(), "temporary", true)));
		try {
			ResponseEntity<Void> created = this.keycloak.callOnce("create the account",
					(rest) -> rest.post().uri("/users").body(body).retrieve().toBodilessEntity());
			URI location = created.getHeaders().getLocation();
			if (location == null) {
				throw new KeycloakUnavailableException("create the account (no id returned)");
			}
			String path = location.getPath();
			return path.substring(path.lastIndexOf('/') + 1);
		}
		catch (NeighbourRefusedException exception) {
			if (exception.status() == 409) {
				throw new UsernameTakenException(user.username());
			}
			throw refused("create the account", exception);
		}
	}

	/**
	 * The user with this id, if Keycloak has one.
	 */
	Optional<KeycloakUser> findById(String userId) {
		if (!USER_ID.matcher(userId).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(this.keycloak.call("look up the account",
					(rest) -> rest.get().uri("/users/{id}", userId).retrieve().body(KeycloakUser.class)));
		}
		catch (NeighbourRefusedException exception) {
			if (exception.notFound() || exception.status() == 400) {
				return Optional.empty();
			}
			throw refused("look up the account", exception);
		}
	}

	/**
	 * Every user whose {@code province} attribute is this province, page by page.
	 */
	List<KeycloakUser> provinceUsers(String provinceCode) {
		List<KeycloakUser> users = new ArrayList<>();
		for (int first = 0;; first += PAGE) {
			int from = first;
			List<KeycloakUser> page = this.keycloak.call("list the province's accounts",
					(rest) -> rest.get()
						.uri((uri) -> uri.path("/users")
							.queryParam("q", "province:" + provinceCode)
							.queryParam("briefRepresentation", false)
							.queryParam("first", from)
							.queryParam("max", PAGE)
							.build())
						.retrieve()
						.body(USERS));
			if (page == null) {
				return users;
			}
			page.stream().filter((user) -> provinceCode.equals(user.attribute("province"))).forEach(users::add);
			if (page.size() < PAGE) {
				return users;
			}
		}
	}

	/**
	 * The ids of every user holding a realm role, page by page.
	 */
	Set<String> usersWithRole(String role) {
		Set<String> ids = new HashSet<>();
		for (int first = 0;; first += PAGE) {
			int from = first;
			List<KeycloakUser> page = this.keycloak.call("list the holders of the role " + role,
					(rest) -> rest.get()
						.uri((uri) -> uri.path("/roles/{role}/users")
							.queryParam("briefRepresentation", true)
							.queryParam("first", from)
							.queryParam("max", PAGE)
							.build(role))
						.retrieve()
						.body(USERS));
			if (page == null) {
				return ids;
			}
			page.forEach((user) -> ids.add(user.id()));
			if (page.size() < PAGE) {
				return ids;
			}
		}
	}

	void grantRealmRole(String userId, String role) {
		Map<String, Object> representation = this.keycloak.call("read the role " + role,
				(rest) -> rest.get().uri("/roles/{role}", role).retrieve().body(new ParameterizedTypeReference<>() {
				}));
		this.keycloak.call("grant the role " + role,
				(rest) -> rest.post()
					.uri("/users/{id}/role-mappings/realm", userId)
					.body(List.of(representation))
					.retrieve()
					.toBodilessEntity());
	}

	List<String> realmRoles(String userId) {
		List<Map<String, Object>> roles = this.keycloak.call("read the account's roles",
				(rest) -> rest.get()
					.uri("/users/{id}/role-mappings/realm", userId)
					.retrieve()
					.body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
					}));
		List<String> names = new ArrayList<>();
		if (roles != null) {
			roles.forEach((role) -> names.add(String.valueOf(role.get("name"))));
		}
		return names;
	}

	void setEnabled(String userId, boolean enabled) {
		this.keycloak.call(enabled ? "enable the account" : "disable the account",
				(rest) -> rest.put()
					.uri("/users/{id}", userId)
					.body(Map.of("enabled", enabled))
					.retrieve()
					.toBodilessEntity());
	}

	/**
	 * Enables or disables the user, if Keycloak still has it.
	 * @return false when Keycloak has no such user
	 */
	boolean setEnabledIfPresent(String userId, boolean enabled) {
		try {
			setEnabled(userId, enabled);
			return true;
		}
		catch (NeighbourRefusedException exception) {
			if (exception.notFound()) {
				return false;
			}
			throw refused("change the account", exception);
		}
	}

	void resetPassword(String userId, String temporaryPassword) {
		this.keycloak.call("reset the credentials",
				(rest) -> rest.put()
					.uri("/users/{id}/reset-password", userId)
					.body(Map.of("type", "password", "value", temporaryPassword, "temporary", true))
					.retrieve()
					.toBodilessEntity());
		this.keycloak.call("require a new password",
				(rest) -> rest.put()
					.uri("/users/{id}", userId)
					.body(Map.of("requiredActions", List.of("UPDATE_PASSWORD")))
					.retrieve()
					.toBodilessEntity());
	}

	/**
	 * Removes a user this platform created, to undo a half-done creation. A user that is
	 * already gone is fine. The undo is tried even when the circuit has just opened on
	 * the failure it undoes (with the same time-outs and retries), since a half-made user
	 * left behind is worse than one more call.
	 */
	void delete(String userId) {
		try {
			this.undo.call("remove the half-created account",
					(rest) -> rest.delete().uri("/users/{id}", userId).retrieve().toBodilessEntity());
		}
		catch (NeighbourRefusedException exception) {
			if (!exception.notFound()) {
				throw refused("remove the half-created account", exception);
			}
			// already gone: nothing to undo
		}
	}

	/**
	 * A refusal the caller did not expect: the request cannot be done now.
	 */
	private static KeycloakUnavailableException refused(String action, NeighbourRefusedException refusal) {
		return new KeycloakUnavailableException(action + " (Keycloak refused: " + refusal.status() + ")");
	}

	private static void putIfPresent(Map<String, Object> body, String key, String value) {
		if (value != null && !value.isBlank()) {
			body.put(key, value);
		}
	}

}
