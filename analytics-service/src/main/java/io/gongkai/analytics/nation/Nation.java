package io.gongkai.analytics.nation;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The read model at one moment: every province's figures, by province code. A query takes
 * one and works on it throughout, so that it never mixes two versions of a province.
 *
 * @param provinces the provinces by code, in code order
 */
public record Nation(Map<String, ProvinceFigures> provinces) {

	static final Nation EMPTY = new Nation(Map.of());

	public Nation {
		provinces = Collections.unmodifiableMap(new TreeMap<>(provinces));
	}

	/** A province's figures, or {@code null} when the read model has nothing of it. */
	public ProvinceFigures province(String code) {
		return this.provinces.get(code);
	}

	public Collection<ProvinceFigures> all() {
		return this.provinces.values();
	}

	/** How many reports the read model holds. */
	public long reports() {
		long reports = 0;
		for (ProvinceFigures province : this.provinces.values()) {
			reports += province.reports();
		}
		return reports;
	}

	Nation with(ProvinceFigures province) {
		Map<String, ProvinceFigures> provinces = new TreeMap<>(this.provinces);
		provinces.put(province.code(), province);
		return new Nation(provinces);
	}

}
