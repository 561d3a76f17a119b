package io.gongkai.platform.problem;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The language a person reads problems in: Chinese, unless the request's
 * {@code Accept-Language} prefers English. One rule for the servlet services and the
 * gateway.
 */
public final class RequestLanguage {

	/** The language when the request asks for none the platform speaks. */
	public static final Locale DEFAULT = Locale.CHINESE;

	/** The languages the platform answers in, the default first. */
	public static final List<Locale> SUPPORTED = List.of(Locale.CHINESE, Locale.ENGLISH);

	private RequestLanguage() {
	}

	/**
	 * The language for an {@code Accept-Language} header, such as {@code en-US,en;q=0.9}:
	 * the supported language the header ranks first, Chinese when it names none or cannot
	 * be read.
	 */
	public static Locale of(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
			return DEFAULT;
		}
		try {
			Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
			return (chosen != null) ? chosen : DEFAULT;
		}
		catch (IllegalArgumentException ex) {
			return DEFAULT;
		}
	}

	/** The language of the request being answered, Chinese outside of one. */
	public static Locale current() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		Locale locale = (context != null) ? context.getLocale() : null;
		return supported(locale);
	}

	/**
	 * The supported language nearest to a locale: English for any English, else Chinese.
	 */
	public static Locale supported(Locale locale) {
		return (locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) ? Locale.ENGLISH : DEFAULT;
	}

}
