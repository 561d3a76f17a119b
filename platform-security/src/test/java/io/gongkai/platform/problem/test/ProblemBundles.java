package io.gongkai.platform.problem.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.gongkai.platform.problem.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a service's problem bundles must hold: for every kind of problem a Chinese and an
 * English title and detail, no text for a kind that does not exist, the same labels in
 * both languages, and patterns that {@link MessageFormat} reads.
 */
public final class ProblemBundles {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private ProblemBundles() {
	}

	/**
	 * Asserts the bundle {@code basename_zh.properties} and
	 * {@code basename_en.properties} speak for every constant of the enumeration and for
	 * nothing else (apart from {@code label.} keys, the words the details use).
	 */
	public static <E extends Enum<E> & ProblemType> void assertEveryTypeSpeaksChineseAndEnglish(Class<E> types,
			String basename) {
		Properties chinese = load(basename + "_zh.properties");
		Properties english = load(basename + "_en.properties");
		Set<String> expected = Arrays.stream(types.getEnumConstants())
			.flatMap((type) -> Stream.of(type.key() + ".title", type.key() + ".detail"))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(problemKeys(chinese)).as("Chinese texts of %s", types.getSimpleName())
			.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(problemKeys(english)).as("English texts of %s", types.getSimpleName())
			.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(new TreeSet<>(english.stringPropertyNames())).as("the same keys in English as in Chinese")
			.isEqualTo(new TreeSet<>(chinese.stringPropertyNames()));
		for (String key : expected) {
			assertThat(HAN.matcher(chinese.getProperty(key)).find()
					|| key.endsWith(".detail") && chinese.getProperty(key).matches("\\{\\d}"))
				.as("%s in Chinese: %s", key, chinese.getProperty(key))
				.isTrue();
			assertThat(HAN.matcher(english.getProperty(key)).find())
				.as("%s in English: %s", key, english.getProperty(key))
				.isFalse();
		}
		Stream.of(chinese, english)
			.flatMap((bundle) -> bundle.stringPropertyNames().stream().map(bundle::getProperty))
			.forEach((pattern) -> assertThat(new MessageFormat(pattern).toPattern()).as(pattern).isNotNull());
	}

	/**
	 * Asserts the Bean Validation messages of {@code basename_zh.properties} and
	 * {@code basename_en.properties} have the same keys, in Chinese and in English, as
	 * patterns {@link MessageFormat} reads.
	 */
	public static void assertFieldMessagesSpeakChineseAndEnglish(String basename) {
		Properties chinese = load(basename + "_zh.properties");
		Properties english = load(basename + "_en.properties");
		assertThat(new TreeSet<>(english.stringPropertyNames())).as("the same keys in English as in Chinese")
			.isEqualTo(new TreeSet<>(chinese.stringPropertyNames()))
			.isNotEmpty();
		for (String key : chinese.stringPropertyNames()) {
			assertThat(HAN.matcher(chinese.getProperty(key)).find()).as("%s in Chinese", key).isTrue();
			assertThat(HAN.matcher(english.getProperty(key)).find()).as("%s in English", key).isFalse();
			assertThat(new MessageFormat(chinese.getProperty(key)).format(null)).as(key).isNotBlank();
			assertThat(new MessageFormat(english.getProperty(key)).format(null)).as(key).isNotBlank();
		}
	}

	private static Set<String> problemKeys(Properties bundle) {
		return bundle.stringPropertyNames()
			.stream()
			.filter((key) -> !key.startsWith("label."))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Properties load(String resource) {
		try (InputStream in = ProblemBundles.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new IllegalStateException(resource, ex);
		}
	}

}
