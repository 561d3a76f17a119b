package io.gongkai.report.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gongkai.platform.problem.ProblemMessages;
import io.gongkai.platform.problem.RequestLanguage;
import io.gongkai.report.template.FieldLabels;

/**
 * The texts of text import that people read (preview warnings, batch outcomes, why a file
 * failed), from {@code messages_zh.properties} and {@code messages_en.properties} in the
 * language of the request being answered. What is stored with a preview or a batch is the
 * kind of text and its arguments as ids and codes; they are named when the text is read:
 * a figure by its name, a table cell by the printed table's labels, a province by its
 * name with its code.
 */
public final class ImportMessages {

	private static final Map<String, String> PROVINCES = provinces();

	private ImportMessages() {
	}

	/** A text of the bundles in the current request's language. */
	public static String text(String key, Object... args) {
		return ProblemMessages.text(key, args);
	}

	/** A text of the bundles in a language. */
	static String text(Locale language, String key, Object... args) {
		return ProblemMessages.text(language, key, args);
	}

	/** A province by its name and code: 山西省（140000）, or 山西省 (140000) in English. */
	public static String province(String code) {
		String name = (code != null) ? PROVINCES.get(code) : null;
		if (name == null) {
			return (code != null) ? code : "";
		}
		return english() ? name + " (" + code + ")" : name + "（" + code + "）";
	}

	/**
	 * Figures and table cells by their names, in a list: a catalogue figure by its name,
	 * a cell as the printed table labels it (with its id in English, whose labels are the
	 * printed Chinese ones).
	 */
	static String figures(List<String> ids) {
		List<String> names = ids.stream().map(FieldLabels::figure).toList();
		return String.join(english() ? ", " : "、", names);
	}

	private static boolean english() {
		return Locale.ENGLISH.getLanguage().equals(RequestLanguage.current().getLanguage());
	}

	/** The provinces' names by code, from the divisions the text import reads. */
	private static Map<String, String> provinces() {
		Map<String, String> names = new HashMap<>();
		try (InputStream in = ImportMessages.class.getResourceAsStream("/textimport/divisions.csv")) {
			if (in == null) {
				return Map.of();
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				int comma = line.indexOf(',');
				if (!line.startsWith("#") && comma == 6 && line.startsWith("0000", 2)) {
					names.put(line.substring(0, 6), line.substring(7).trim());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(names);
	}

}
