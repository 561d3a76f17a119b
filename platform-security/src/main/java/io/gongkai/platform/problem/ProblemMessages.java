package io.gongkai.platform.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts people read in problems, from the message bundles: a service's own
 * ({@code problems_zh.properties}, {@code problems_en.properties}), the labels and
 * messages of its request fields ({@code fields_*.properties}) and the platform's shared
 * ones ({@code platform-problems_*.properties}), and the other texts of its answers
 * ({@code messages_*.properties}), those of them the service has. Every message is a
 * {@link java.text.MessageFormat} pattern: a single quote is written twice.
 */
public final class ProblemMessages {

	/** The basename of a service's problem texts. */
	public static final String SERVICE_BUNDLE = "problems";

	/** The basename of a service's field labels and Bean Validation messages. */
	public static final String FIELDS_BUNDLE = "fields";

	/**
	 * The basename of a service's other texts people read in its answers: notes,
	 * outcomes, names of figures.
	 */
	public static final String MESSAGES_BUNDLE = "messages";

	/** The basename of the problems every service shares. */
	public static final String PLATFORM_BUNDLE = "platform-problems";

	private static final ResourceBundleMessageSource SOURCE = create();

	private ProblemMessages() {
	}

	/** The bundles as one message source, also the services' {@code messageSource}. */
	public static MessageSource source() {
		return SOURCE;
	}

	static String title(ProblemType type, Locale locale) {
		return SOURCE.getMessage(type.key() + ".title", null, type.slug(), locale);
	}

	static String detail(ProblemType type, Locale locale, Object... args) {
		return SOURCE.getMessage(type.key() + ".detail", plain(args), type.slug(), locale);
	}

	/** A text of the bundles in the current request's language. */
	public static String text(String key, Object... args) {
		return text(RequestLanguage.current(), key, args);
	}

	/** A text of the bundles in a language. */
	public static String text(Locale language, String key, Object... args) {
		return SOURCE.getMessage(key, plain(args), key, RequestLanguage.supported(language));
	}

	/**
	 * A text of the bundles to pass as an argument of a problem, read in the problem's
	 * language: a field's or cell's label, a word such as "draft".
	 */
	public static MessageSourceResolvable label(String key, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { key }, plain(args), key);
	}

	/** Numbers as written, not grouped by thousands: ids, years and limits. */
	private static Object[] plain(Object... args) {
		if (args == null) {
			return null;
		}
		return Arrays.stream(args)
			.map((arg) -> (arg instanceof Integer || arg instanceof Long) ? String.valueOf(arg) : arg)
			.toArray();
	}

	private static ResourceBundleMessageSource create() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(Stream.of(SERVICE_BUNDLE, FIELDS_BUNDLE, MESSAGES_BUNDLE, PLATFORM_BUNDLE)
			.filter((basename) -> ProblemMessages.class.getClassLoader()
				.getResource(basename + "_" + RequestLanguage.DEFAULT.getLanguage() + ".properties") != null)
			.toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(RequestLanguage.DEFAULT);
		source.setAlwaysUseMessageFormat(true);
		return source;
	}

}
