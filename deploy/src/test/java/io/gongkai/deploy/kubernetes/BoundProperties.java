package io.gongkai.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The properties a module binds through {@code @ConfigurationProperties} records: the
 * prefix and each component, in kebab case ({@code gongkai.exchange.bulk.max-documents}).
 * A component that is itself a record or a map takes the properties below it too.
 */
final class BoundProperties {

	private static final Pattern SETTINGS_RECORD = Pattern
		.compile("@ConfigurationProperties\\(\"([^\"]+)\"\\)\\s*(?:public\\s+)?record\\s+\\w+\\s*\\(");

	private static final Pattern COMPONENT_NAME = Pattern.compile("(\\w+)\\s*$");

	private BoundProperties() {
	}

	/**
	 * The properties bound by the records of {@code sources} (folders of Java sources).
	 */
	static Set<String> of(List<Path> sources) {
		Set<String> properties = new HashSet<>();
		for (Path folder : sources) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(folder)) {
				files.filter((file) -> file.toString().endsWith(".java"))
					.forEach((file) -> properties.addAll(ofSource(read(file))));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return properties;
	}

	static Set<String> ofSource(String source) {
		Set<String> properties = new HashSet<>();
		Matcher record = SETTINGS_RECORD.matcher(source);
		while (record.find()) {
			String prefix = record.group(1);
			for (String component : components(source, record.end())) {
				Matcher name = COMPONENT_NAME.matcher(component.strip());
				if (name.find()) {
					properties.add(prefix + "." + kebab(name.group(1)));
				}
			}
		}
		return properties;
	}

	/**
	 * The components of a record header, from after its opening parenthesis to the
	 * matching one.
	 */
	private static List<String> components(String source, int start) {
		List<String> components = new ArrayList<>();
		int depth = 0;
		StringBuilder current = new StringBuilder();
		for (int i = start; i < source.length(); i++) {
			char c = source.charAt(i);
			if ((c == ')' || c == '>') && depth == 0) {
				if (c == ')') {
					components.add(current.toString());
					return components;
				}
			}
			if (c == '(' || c == '<') {
				depth++;
			}
			else if (c == ')' || c == '>') {
				depth--;
			}
			if (c == ',' && depth == 0) {
				components.add(current.toString());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		return components;
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
