package io.gongkai.analytics.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one national round did, province by province.
 *
 * @param startedAt when it started
 * @param trigger {@code schedule} or {@code admin}
 * @param took how long it took
 * @param provinces the round of each province, in the order they were listed
 */
record NationalRound(Instant startedAt, String trigger, Duration took, List<ProvinceRound> provinces) {

	NationalRound {
		provinces = List.copyOf(provinces);
	}

	long completed() {
		return this.provinces.stream().filter(ProvinceRound::completed).count();
	}

	long failing() {
		return this.provinces.size() - completed();
	}

	int reportsApplied() {
		return this.provinces.stream().mapToInt(ProvinceRound::reportsApplied).sum();
	}

	int agenciesChanged() {
		return this.provinces.stream().mapToInt(ProvinceRound::agenciesChanged).sum();
	}

	ProvinceRound of(String provinceCode) {
		return this.provinces.stream()
			.filter((round) -> round.provinceCode().equals(provinceCode))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("province " + provinceCode + " was not in the round"));
	}

}
