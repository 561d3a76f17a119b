package io.gongkai.analytics.sync;

import java.time.Duration;

/**
 * What one round did for one province.
 *
 * @param provinceCode the province
 * @param pages feed pages applied
 * @param reportsApplied reports written (stale and repeated entries not counted)
 * @param agenciesChanged agencies written or removed
 * @param after the cursor at the end of the round
 * @param error why the round stopped, or {@code null} when it completed
 * @param took how long the round took
 */
record ProvinceRound(String provinceCode, int pages, int reportsApplied, int agenciesChanged, long after, String error,
		Duration took) {

	boolean completed() {
		return this.error == null;
	}

	boolean changedReadModel() {
		return this.reportsApplied > 0 || this.agenciesChanged > 0;
	}

}
