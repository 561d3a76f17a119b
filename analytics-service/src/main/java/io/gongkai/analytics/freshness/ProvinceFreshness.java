package io.gongkai.analytics.freshness;

import java.time.Instant;
import java.util.List;

/**
 * How current the national read model is for one province.
 *
 * @param provinceCode the province
 * @param reports how many of its reports the read model holds
 * @param lastSyncedAt when its data was last brought in, or {@code null} if never
 * @param agencies how many of its agencies the read model holds
 * @param state {@code ok} when its last synchronisation round completed, {@code failing}
 * when it stopped on a failure (the figures are then as of {@code lastSyncedAt}), or
 * {@code null} before the first round
 * @param lastError why its last round stopped, or {@code null}
 * @param lastAttemptAt when its last round started, completed or not, or {@code null}
 */
record ProvinceFreshness(String provinceCode, long reports, Instant lastSyncedAt, long agencies, String state,
		String lastError, Instant lastAttemptAt) {

	/** The code of the national aggregate's entry. */
	static final String NATIONAL = "national";

	/**
	 * Every province together: reports and agencies summed, the least recent sync (none
	 * when a province was never synced); no state, error or attempt of any one province.
	 */
	static ProvinceFreshness national(List<ProvinceFreshness> provinces) {
		long reports = provinces.stream().mapToLong(ProvinceFreshness::reports).sum();
		long agencies = provinces.stream().mapToLong(ProvinceFreshness::agencies).sum();
		boolean unsynced = provinces.stream().anyMatch((province) -> province.lastSyncedAt() == null);
		Instant oldest = unsynced ? null
				: provinces.stream().map(ProvinceFreshness::lastSyncedAt).min(Instant::compareTo).orElse(null);
		return new ProvinceFreshness(NATIONAL, reports, oldest, agencies, null, null, null);
	}

}
