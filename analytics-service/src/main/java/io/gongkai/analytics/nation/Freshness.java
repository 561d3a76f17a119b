package io.gongkai.analytics.nation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How fresh the data behind an answer is: when each province the caller may see was last
 * brought in by the sync, and the oldest of all provinces (national totals and medians
 * are only as fresh as that).
 *
 * @param provinces the provinces the caller may see, in code order
 * @param oldestSyncedAt the least recent sync of any province, {@code null} when one was
 * never synced or there is none
 */
public record Freshness(List<Province> provinces, Instant oldestSyncedAt) {

	public static Freshness of(Nation nation, Map<String, Instant> synced, Visibility visibility) {
		Set<String> codes = new TreeSet<>(nation.provinces().keySet());
		codes.addAll(synced.keySet());
		List<Province> provinces = new ArrayList<>();
		Instant oldest = null;
		boolean unsynced = codes.isEmpty();
		for (String code : codes) {
			Instant at = synced.get(code);
			if (at == null) {
				unsynced = true;
			}
			else if (oldest == null || at.isBefore(oldest)) {
				oldest = at;
			}
			if (visibility.sees(code)) {
				provinces.add(new Province(code, ProvinceNames.name(code), at));
			}
		}
		return new Freshness(provinces, unsynced ? null : oldest);
	}

	/** When the caller's data was last synced for one province. */
	public Instant of(String code) {
		for (Province province : this.provinces) {
			if (province.code().equals(code)) {
				return province.lastSyncedAt();
			}
		}
		return null;
	}

	/**
	 * One province's freshness.
	 *
	 * @param code six-digit province code
	 * @param name its name
	 * @param lastSyncedAt when the sync last brought it in, {@code null} if never
	 */
	public record Province(String code, String name, Instant lastSyncedAt) {

	}

}
