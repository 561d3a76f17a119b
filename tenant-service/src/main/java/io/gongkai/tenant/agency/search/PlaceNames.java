package io.gongkai.tenant.agency.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The names of China's prefectures and counties by GB/T 2260 code (140400 长治市, 140105
 * 小店区), read from {@code regions/divisions.csv}, which the build copies from
 * report-service's division list so that one list serves both services. Townships share
 * their county's code there and are left out.
 */
final class PlaceNames {

	private static final String RESOURCE = "/regions/divisions.csv";

	private final Map<String, String> byCode;

	private PlaceNames(Map<String, String> byCode) {
		this.byCode = byCode;
	}

	static PlaceNames load() {
		try (InputStream in = PlaceNames.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE.substring(1) + " is missing from the class path");
			}
			Map<String, String> byCode = new HashMap<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				int comma = line.indexOf(',');
				if (line.startsWith("#") || comma != 6) {
					continue;
				}
				String code = line.substring(0, comma);
				if (!code.endsWith("0000")) {
					byCode.putIfAbsent(code, line.substring(comma + 1).strip());
				}
			}
			return new PlaceNames(byCode);
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	/**
	 * The places an agency of this region lies in, innermost first: its county (a
	 * township's code carries it in its first six digits) and its prefecture.
	 */
	List<String> around(String regionCode) {
		List<String> names = new ArrayList<>(2);
		if (regionCode == null || regionCode.length() < 6) {
			return names;
		}
		String county = regionCode.substring(0, 6);
		String prefecture = county.substring(0, 4) + "00";
		if (!county.equals(prefecture) && this.byCode.containsKey(county)) {
			names.add(this.byCode.get(county));
		}
		if (this.byCode.containsKey(prefecture)) {
			names.add(this.byCode.get(prefecture));
		}
		return names;
	}

	/**
	 * Every prefecture and county of a province, with its code.
	 */
	void forEachIn(String provinceCode, BiConsumer<String, String> action) {
		String prefix = provinceCode.substring(0, 2);
		this.byCode.forEach((code, name) -> {
			if (code.startsWith(prefix)) {
				action.accept(name, code);
			}
		});
	}

	/**
	 * A place as people write it without its suffix (长治 for 长治市), or {@code null} when
	 * that would leave fewer than two characters.
	 */
	static String shortened(String name) {
		for (String suffix : List.of("自治州", "自治县", "自治旗", "地区", "市", "县", "区", "盟", "旗")) {
			if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
				return name.substring(0, name.length() - suffix.length());
			}
		}
		return null;
	}

}
