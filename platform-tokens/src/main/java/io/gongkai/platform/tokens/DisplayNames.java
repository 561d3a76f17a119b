package io.gongkai.platform.tokens;

import java.util.Map;

/**
 * A person's name as pages show it, read from the claims of their token: a Chinese name
 * as it is written (family name first, no space: 张伟), otherwise the {@code name} claim,
 * otherwise given and family name; the login name only when the token has no name at all.
 * Keycloak's {@code name} claim puts the given name first ("伟 张"), so a Chinese family
 * and given name are joined here rather than taken from it.
 */
public final class DisplayNames {

	private DisplayNames() {
	}

	/**
	 * The display name of the token's claims, never {@code null} when it has a subject.
	 */
	public static String of(Map<String, ?> claims) {
		String given = text(claims.get("given_name"));
		String family = text(claims.get("family_name"));
		if (given != null && family != null && isChinese(given) && isChinese(family)) {
			return family + given;
		}
		String name = text(claims.get("name"));
		if (name != null) {
			return name;
		}
		if (given != null || family != null) {
			return ((given != null ? given : "") + " " + (family != null ? family : "")).strip();
		}
		String username = text(claims.get("preferred_username"));
		return (username != null) ? username : text(claims.get("sub"));
	}

	private static boolean isChinese(String name) {
		return name.codePoints().anyMatch((point) -> Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN);
	}

	private static String text(Object claim) {
		return (claim == null || String.valueOf(claim).isBlank()) ? null : String.valueOf(claim).strip();
	}

}
