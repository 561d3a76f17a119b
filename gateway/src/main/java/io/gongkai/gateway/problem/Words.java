package io.gongkai.gateway.problem;

import java.util.Locale;

/**
 * A text of a problem in the platform's two languages: Simplified Chinese first, English
 * for callers whose {@code Accept-Language} asks for it before Chinese.
 *
 * @param zh the Chinese text, the default
 * @param en the English text
 */
public record Words(String zh, String en) {

	/**
	 * The text for the caller's preferred languages.
	 * @param english whether the caller prefers English
	 * @return the English text if so, else the Chinese
	 */
	public String in(boolean english) {
		return english ? this.en : this.zh;
	}

	/**
	 * Whether the caller asks for English before Chinese: the first language of
	 * {@code Accept-Language} that the platform speaks decides; Chinese otherwise,
	 * including when the header is missing or cannot be read.
	 * @param acceptLanguage the header's value, or {@code null}
	 * @return {@code true} for English
	 */
	public static boolean prefersEnglish(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return false;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
				String language = range.getRange().toLowerCase(Locale.ROOT);
				if (language.equals("en") || language.startsWith("en-")) {
					return true;
				}
				if (language.equals("zh") || language.startsWith("zh-") || language.equals("*")) {
					return false;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return false;
	}

	/** The {@code Content-Language} of an answer in the given language. */
	public static String contentLanguage(boolean english) {
		return english ? "en" : "zh-CN";
	}

}
