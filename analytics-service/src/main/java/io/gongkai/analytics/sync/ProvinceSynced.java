package io.gongkai.analytics.sync;

import java.time.Instant;

/**
 * Published (synchronously, on the synchronisation thread) after a round changed what the
 * national read model holds for a province: reports applied or agencies changed.
 * Listeners reload that province from the read model; they should be quick or hand the
 * work on, since the next province waits for them. Other instances learn of the change
 * from {@link ReadModelChanges#versions()}.
 *
 * @param provinceCode the province whose reports or agencies changed
 * @param at when the round ended
 * @param version the province's version in {@code read_model_versions} after the change,
 * or 0 when the store did not record it
 */
public record ProvinceSynced(String provinceCode, Instant at, long version) {

	public ProvinceSynced(String provinceCode, Instant at) {
		this(provinceCode, at, 0);
	}

}
