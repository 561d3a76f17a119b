package io.gongkai.tenant.agency.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of a province's regions as they open agency names (山东省, 青岛市, 青岛, 市南区), learnt
 * from the registry itself: the province's name, each people's government (青岛市人民政府 names
 * region 370200 青岛市) and each name that opens with a region-like word. Used to take the
 * region off a name, so that 青岛市人社局 and 人力资源和社会保障局 registered in 青岛 meet.
 */
final class RegionNames {

	/** A region-like opening: two to seven characters and an administrative suffix. */
	private static final Pattern REGION_LIKE = Pattern
		.compile("^\\p{IsHan}{2,7}?(?:维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|省|市(?!场)|州|盟|县(?!域)|区(?!域)|旗)");

	private static final List<String> SHORTENED_SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "地区", "省", "市",
			"县", "区", "盟");

	private static final int SHORTEST_CORE = 2;

	private final Map<String, Set<String>> codesByName = new HashMap<>();

	private int longest;

	/**
	 * Records that {@code name} (already normalised) names the region {@code code}.
	 */
	void learn(String name, String code) {
		add(name, code);
		for (String suffix : SHORTENED_SUFFIXES) {
			if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
				add(name.substring(0, name.length() - suffix.length()), code);
				break;
			}
		}
	}

	private void add(String name, String code) {
		this.codesByName.computeIfAbsent(name, (key) -> new HashSet<>()).add(code);
		this.longest = Math.max(this.longest, name.length());
	}

	/**
	 * The regions a name may stand for; empty when it names none that is known.
	 */
	Set<String> codes(String name) {
		return this.codesByName.getOrDefault(name, Set.of());
	}

	/**
	 * Takes the region names off the start of a normalised name.
	 */
	Stripped strip(String name) {
		List<String> prefixes = new ArrayList<>();
		String rest = name;
		while (true) {
			String prefix = knownPrefix(rest);
			if (prefix == null) {
				Matcher matcher = REGION_LIKE.matcher(rest);
				prefix = (matcher.find()) ? matcher.group() : null;
			}
			if (prefix == null || rest.length() - prefix.length() < SHORTEST_CORE) {
				return new Stripped(prefixes, rest);
			}
			prefixes.add(prefix);
			rest = rest.substring(prefix.length());
		}
	}

	private String knownPrefix(String name) {
		for (int length = Math.min(this.longest, name.length() - SHORTEST_CORE); length >= 2; length--) {
			String candidate = name.substring(0, length);
			if (this.codesByName.containsKey(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * A name without its region prefixes.
	 *
	 * @param prefixes the region names taken off, outermost first
	 * @param core what remains
	 */
	record Stripped(List<String> prefixes, String core) {

		/** The innermost region named, or {@code null}. */
		String region() {
			return this.prefixes.isEmpty() ? null : this.prefixes.get(this.prefixes.size() - 1);
		}

	}

}
