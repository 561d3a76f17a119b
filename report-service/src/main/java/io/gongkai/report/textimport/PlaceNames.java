package io.gongkai.report.textimport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * China's administrative divisions, from province to township, with the province each
 * belongs to: GB/T 2260 as published in {@code textimport/divisions.csv}, and the former
 * or special names reports still use in {@code textimport/former-divisions.csv} (which
 * take precedence). A name found under two provinces is ambiguous and never decides a
 * province on its own. Short forms (青岛 for 青岛市, 辽宁 for 辽宁省) are derived for provinces,
 * prefectures and counties; those of counties are used only at the start of an agency
 * name, where they cannot be confused with words.
 */
final class PlaceNames {

	private static final String AMBIGUOUS = "?";

	private static final Pattern TOWNSHIP = Pattern.compile(".{2,}(?:镇|乡|街道|苏木)");

	private final Map<String, String> fullNames = new HashMap<>();

	private final Map<String, String> shortNames = new HashMap<>();

	/**
	 * Short forms of provinces and prefectures: distinctive enough to count in running
	 * text.
	 */
	private final Map<String, String> regionShortNames = new HashMap<>();

	private int longest;

	private final Map<String, String> provinceNames = new HashMap<>();

	/**
	 * For each first character, the lengths of the names that start with it, longest
	 * first.
	 */
	private final Map<Character, int[]> lengthsByFirstChar = new HashMap<>();

	/** The same for the short forms of provinces and prefectures. */
	private final Map<Character, int[]> shortLengthsByFirstChar = new HashMap<>();

	PlaceNames() {
		read("/textimport/divisions.csv", false);
		read("/textimport/former-divisions.csv", true);
		indexLengths(this.fullNames, this.lengthsByFirstChar);
		indexLengths(this.regionShortNames, this.shortLengthsByFirstChar);
	}

	private static void indexLengths(Map<String, String> names, Map<Character, int[]> into) {
		Map<Character, java.util.TreeSet<Integer>> lengths = new HashMap<>();
		names.keySet()
			.forEach((name) -> lengths.computeIfAbsent(name.charAt(0), (c) -> new java.util.TreeSet<>())
				.add(name.length()));
		lengths.forEach((c, set) -> into.put(c, set.descendingSet().stream().mapToInt(Integer::intValue).toArray()));
	}

	private void read(String resource, boolean overrides) {
		try (InputStream in = PlaceNames.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource.substring(1) + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				int comma = line.indexOf(',');
				String code = line.substring(0, comma);
				String name = line.substring(comma + 1).trim();
				add(code, name, overrides);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void add(String code, String name, boolean overrides) {
		String province = code.substring(0, 2) + "0000";
		boolean isProvince = code.endsWith("0000");
		boolean isPrefecture = !isProvince && code.endsWith("00");
		boolean isTownship = !isProvince && !isPrefecture && name.length() > 2 && TOWNSHIP.matcher(name).matches()
				&& !name.endsWith("县") && !name.endsWith("区");
		if (!isProvince && !isPrefecture && !isTownship && !COUNTY.matcher(name).find()) {
			return;
		}
		if (isProvince) {
			this.provinceNames.putIfAbsent(code, name);
		}
		if (overrides) {
			this.fullNames.put(name, province);
		}
		else {
			put(this.fullNames, name, province);
		}
		if (!isTownship) {
			String shortName = shortForm(name, isProvince);
			if (shortName != null) {
				put(this.shortNames, shortName, province);
				if (isProvince || isPrefecture) {
					put(this.regionShortNames, shortName, province);
				}
			}
		}
		this.longest = Math.max(this.longest, name.length());
	}

	private static final Pattern COUNTY = Pattern.compile("(?:市|县|区|旗|自治州|盟|地区|特区|林区)$");

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

	/** Whether a name is exactly a division's (朝阳乡, 彰武县, 广西壮族自治区). */
	boolean isDivision(String name) {
		return this.fullNames.containsKey(name);
	}

	/** Whether a name begins with a township's name (田黄镇人民政府). */
	boolean startsWithTownship(String name) {
		int length = fullNameLengthAt(name, 0);
		return length > 0 && TOWNSHIP.matcher(name.substring(0, length)).matches();
	}

	/**
	 * The province of an agency whose place name is found in several provinces (沙塘镇),
	 * from where the text writes that place after its county or city (开平市沙塘镇); else null.
	 */
	String provinceOfPlaceInText(String agencyName, String text) {
		if (agencyName == null) {
			return null;
		}
		int length = fullNameLengthAt(agencyName, 0);
		if (length == 0) {
			return null;
		}
		String place = agencyName.substring(0, length);
		for (int at = text.indexOf(place); at > 0; at = text.indexOf(place, at + 1)) {
			for (int k = Math.max(0, at - 10); k < at; k++) {
				if (fullNameLengthAt(text, k) == at - k) {
					String code = this.fullNames.get(text.substring(k, at));
					if (!code.equals(AMBIGUOUS)) {
						return code;
					}
				}
			}
		}
		return null;
	}

	/** The full name of a province, or null. */
	String provinceName(String code) {
		return (code != null) ? this.provinceNames.get(code) : null;
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
			if (code != null && this.fullNames.containsKey(prefix)) {
				break;
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
	 * The province named most often in a text through unambiguous place names (full names
	 * of three characters or more, and the short forms of provinces and prefectures),
	 * when it is named at least twice and more than any other; else null.
	 */
	String provinceMostNamedIn(String text) {
		Map<String, Integer> votes = new HashMap<>();
		int i = 0;
		while (i < text.length()) {
			int length = 0;
			String code = null;
			if (CommonHanzi.isHan(text.charAt(i))) {
				length = fullNameLengthAt(text, i);
				if (length >= 3) {
					code = this.fullNames.get(text.substring(i, i + length));
				}
				else {
					length = regionShortNameLengthAt(text, i);
					code = (length > 0) ? this.regionShortNames.get(text.substring(i, i + length)) : null;
				}
			}
			if (code != null) {
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
		return ((bestVotes >= 2 && bestVotes > second) || votes.size() == 1) ? best : null;
	}

	private int regionShortNameLengthAt(CharSequence text, int offset) {
		int[] lengths = this.shortLengthsByFirstChar.get(text.charAt(offset));
		if (lengths == null) {
			return 0;
		}
		for (int length : lengths) {
			if (offset + length <= text.length()
					&& this.regionShortNames.containsKey(text.subSequence(offset, offset + length).toString())) {
				return length;
			}
		}
		return 0;
	}

}
