package io.gongkai.report.textimport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Province, prefecture and county names of GB/T 2260 with the province each belongs to,
 * read from {@code textimport/places.txt}. A name found under two provinces is ambiguous
 * and never decides a province on its own. Short forms (青岛 for 青岛市, 辽宁 for 辽宁省) are
 * derived but used only at the start of an agency name, where they cannot be confused
 * with words.
 */
final class PlaceNames {

	private static final String AMBIGUOUS = "?";

	private final Map<String, String> fullNames = new HashMap<>();

	private final Map<String, String> shortNames = new HashMap<>();

	private int longest;

	/**
	 * For each first character, the lengths of the full names that start with it, longest
	 * first.
	 */
	private final Map<Character, int[]> lengthsByFirstChar = new HashMap<>();

	PlaceNames() {
		try (InputStream in = PlaceNames.class.getResourceAsStream("/textimport/places.txt")) {
			if (in == null) {
				throw new IllegalStateException("textimport/places.txt is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.trim().split("\\s+");
				for (int i = 1; i < parts.length; i++) {
					put(this.fullNames, parts[i], parts[0]);
					String shortName = shortForm(parts[i], i == 1);
					if (shortName != null) {
						put(this.shortNames, shortName, parts[0]);
					}
					this.longest = Math.max(this.longest, parts[i].length());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<Character, java.util.TreeSet<Integer>> lengths = new HashMap<>();
		this.fullNames.keySet()
			.forEach((name) -> lengths.computeIfAbsent(name.charAt(0), (c) -> new java.util.TreeSet<>())
				.add(name.length()));
		lengths.forEach((c, set) -> this.lengthsByFirstChar.put(c,
				set.descendingSet().stream().mapToInt(Integer::intValue).toArray()));
	}

	private static void put(Map<String, String> names, String name, String code) {
		names.merge(name, code, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
	}

	private static String shortForm(String name, boolean province) {
		if (province) {
			String s = name.replaceFirst("(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$", "");
			return (s.length() >= 2) ? s : null;
		}
		if (name.endsWith("自治州") || name.endsWith("自治县") || name.endsWith("自治旗")) {
			return null;
		}
		String s = name.replaceFirst("(?:市|地区|盟|县)$", "");
		return (s.length() >= 2 && !s.equals(name)) ? s : null;
	}

	/** The length of the longest full place name starting at this offset, or 0. */
	int fullNameLengthAt(CharSequence text, int offset) {
		int[] lengths = this.lengthsByFirstChar.get(text.charAt(offset));
		if (lengths == null) {
			return 0;
		}
		for (int length : lengths) {
			if (offset + length <= text.length()
					&& this.fullNames.containsKey(text.subSequence(offset, offset + length).toString())) {
				return length;
			}
		}
		return 0;
	}

	/**
	 * The province of an agency: the first unambiguous place its name starts with (full
	 * or short form), else the first unambiguous full place name inside it.
	 */
	String provinceOfAgency(String agencyName) {
		if (agencyName == null) {
			return null;
		}
		if (agencyName.contains("生产建设兵团") || agencyName.startsWith("兵团")) {
			return "660000";
		}
		for (int length = Math.min(this.longest, agencyName.length()); length >= 2; length--) {
			String prefix = agencyName.substring(0, length);
			String code = this.fullNames.getOrDefault(prefix, this.shortNames.get(prefix));
			if (code != null && !code.equals(AMBIGUOUS)) {
				return code;
			}
		}
		for (int i = 1; i < agencyName.length() - 1; i++) {
			int length = fullNameLengthAt(agencyName, i);
			if (length > 0) {
				String code = this.fullNames.get(agencyName.substring(i, i + length));
				if (!code.equals(AMBIGUOUS)) {
					return code;
				}
			}
		}
		return null;
	}

	/**
	 * The province named most often in a text through unambiguous full place names of
	 * three characters or more, when it is named at least twice and more than any other;
	 * else null.
	 */
	String provinceMostNamedIn(String text) {
		Map<String, Integer> votes = new HashMap<>();
		int i = 0;
		while (i < text.length()) {
			int length = CommonHanzi.isHan(text.charAt(i)) ? fullNameLengthAt(text, i) : 0;
			if (length >= 3) {
				String code = this.fullNames.get(text.substring(i, i + length));
				if (!code.equals(AMBIGUOUS) && !code.startsWith("71") && !code.startsWith("8")) {
					votes.merge(code, 1, Integer::sum);
				}
				i += length;
			}
			else {
				i++;
			}
		}
		String best = null;
		int bestVotes = 0;
		int second = 0;
		for (Map.Entry<String, Integer> vote : votes.entrySet()) {
			if (vote.getValue() > bestVotes) {
				second = bestVotes;
				best = vote.getKey();
				bestVotes = vote.getValue();
			}
			else if (vote.getValue() > second) {
				second = vote.getValue();
			}
		}
		return (bestVotes >= 2 && bestVotes > second) ? best : null;
	}

}
