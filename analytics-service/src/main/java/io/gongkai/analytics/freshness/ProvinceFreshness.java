package io.gongkai.analytics.freshness;

import java.time.Instant;

/**
 * How current the national read model is for one province.
 *
 * @param provinceCode the province
 * @param reports how many of its reports the read model holds
 * @param lastSyncedAt when its data was last brought in, or {@code null} if never
 */
record ProvinceFreshness(String provinceCode, long reports, Instant lastSyncedAt) {

}
