package io.gongkai.tenant.agency.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The common short forms of agency names (人社局 for 人力资源和社会保障局), read from
 * {@code agency/short-forms.csv}. Expansion reads a name once from left to right and
 * replaces, at each position, the longest short form starting there.
 */
final class ShortForms {

	private final Map<Character, List<String[]>> byFirstChar = new HashMap<>();

	private ShortForms(List<String[]> pairs) {
		for (String[] pair : pairs) {
			this.byFirstChar.computeIfAbsent(pair[0].charAt(0), (first) -> new ArrayList<>()).add(pair);
		}
		this.byFirstChar.values()
			.forEach((candidates) -> candidates
				.sort(Comparator.comparingInt((String[] pair) -> pair[0].length()).reversed()));
	}

	static ShortForms load() {
		try (InputStream in = ShortForms.class.getResourceAsStream("/agency/short-forms.csv")) {
			if (in == null) {
				throw new IllegalStateException("agency/short-forms.csv is missing from the class path");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	static ShortForms parse(String csv) {
		List<String[]> pairs = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new java.io.StringReader(csv))) {
			reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#") && !line.equals("short,full"))
				.forEach((line) -> {
					String[] pair = line.split(",", -1);
					if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
						throw new IllegalStateException("Short form line '" + line + "' needs two columns");
					}
					pairs.add(new String[] { pair[0].strip(), pair[1].strip() });
				});
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
		return new ShortForms(pairs);
	}

	/**
	 * The text with its short forms expanded.
	 * @param expanded receives each short form that was expanded
	 */
	String expand(String text, List<String> expanded) {
		StringBuilder out = null;
		int i = 0;
		int copiedUpTo = 0;
		while (i < text.length()) {
			String[] match = longestAt(text, i);
			if (match == null) {
				i++;
				continue;
			}
			if (!match[0].equals(match[1])) {
				if (out == null) {
					out = new StringBuilder(text.length() + 16);
				}
				out.append(text, copiedUpTo, i).append(match[1]);
				copiedUpTo = i + match[0].length();
				expanded.add(match[0]);
			}
			i += match[0].length();
		}
		if (out == null) {
			return text;
		}
		return out.append(text, copiedUpTo, text.length()).toString();
	}

	/**
	 * Every full form, to check that each reads the same after expansion.
	 */
	List<String> fullForms() {
		return this.byFirstChar.values().stream().flatMap(List::stream).map((pair) -> pair[1]).distinct().toList();
	}

	private String[] longestAt(String text, int position) {
		List<String[]> candidates = this.byFirstChar.get(text.charAt(position));
		if (candidates == null) {
			return null;
		}
		for (String[] candidate : candidates) {
			if (text.startsWith(candidate[0], position)) {
				return candidate;
			}
		}
		return null;
	}

}
