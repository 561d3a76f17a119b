package io.gongkai.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the verified token says: never anything the client can set.
 *
 * @param subject the token's subject (Keycloak user or service-account id)
 * @param username the preferred user name, the account's stable key in audit trails
 * @param displayName the person's name as pages show it (see
 * {@link io.gongkai.platform.tokens.DisplayNames}), the user name when the token has none
 * @param roles the caller's Gongkai roles
 * @param province the six-digit code of the caller's province, or {@code null} for
 * national callers
 * @param agency the id of the caller's agency, or {@code null}
 */
public record Caller(String subject, String username, String displayName, Set<Role> roles, String province,
		String agency) {

	public Caller {
		roles = Set.copyOf(roles);
		displayName = (displayName != null && !displayName.isBlank()) ? displayName : username;
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public Optional<String> provinceCode() {
		return Optional.ofNullable(this.province);
	}

	public Optional<String> agencyId() {
		return Optional.ofNullable(this.agency);
	}

	/**
	 * The caller's province, or a {@link NoProvinceException} when the token carries
	 * none. Code that touches a province's data starts here.
	 */
	public String requireProvince() {
		return provinceCode().orElseThrow(() -> new NoProvinceException(this.username));
	}

}
