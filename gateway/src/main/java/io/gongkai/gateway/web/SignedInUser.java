package io.gongkai.gateway.web;

import java.util.List;
import java.util.Map;

import io.gongkai.platform.tokens.DisplayNames;

/**
 * Who is signed in, as the web pages need it to choose their menus: the user name, the
 * name to show, the realm roles and the province and agency of the token. The pages only
 * choose what to show from it; every service checks the caller's token itself.
 *
 * @param username the Keycloak user name
 * @param displayName the person's name, or the user name when Keycloak has none
 * @param roles the realm roles (agency-reporter, provincial-coordinator, ...)
 * @param province the province code, or {@code null} for national roles
 * @param agency the agency id, or {@code null} for everyone but reporters
 * @param csrf how the pages prove a change comes from them
 */
public record SignedInUser(String username, String displayName, List<String> roles, String province, String agency,
		Csrf csrf) {

	/**
	 * The CSRF token the pages send back on every request that changes data.
	 *
	 * @param headerName the request header to put it in
	 * @param token the token
	 */
	public record Csrf(String headerName, String token) {
	}

	/** Reads the user from the claims of its ID token and user info (or access token). */
	static SignedInUser fromClaims(Map<String, Object> claims, Csrf csrf) {
		String username = text(claims.get("preferred_username"));
		return new SignedInUser(username, DisplayNames.of(claims), roles(claims.get("roles")),
				text(claims.get("province")), text(claims.get("agency")), csrf);
	}

	private static List<String> roles(Object claim) {
		if (claim instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of();
	}

	private static String text(Object claim) {
		return (claim == null || String.valueOf(claim).isBlank()) ? null : String.valueOf(claim);
	}

}
