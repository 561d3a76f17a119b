package io.gongkai.gateway.security;

/**
 * The characters the firewall lets through in header names and values: those of Spring
 * Security's defaults ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*} for names, the same
 * plus horizontal tab for values), tested character by character.
 */
final class HeaderCharacters {

	private HeaderCharacters() {
	}

	static boolean isAllowedName(String name) {
		return onlyAssignedNonControl(name, false);
	}

	static boolean isAllowedValue(String value) {
		return onlyAssignedNonControl(value, true);
	}

	private static boolean onlyAssignedNonControl(String text, boolean tabAllowed) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			boolean allowed = Character.isDefined(codePoint)
					&& (!Character.isISOControl(codePoint) || (tabAllowed && codePoint == '\t'));
			if (!allowed) {
				return false;
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}

}
