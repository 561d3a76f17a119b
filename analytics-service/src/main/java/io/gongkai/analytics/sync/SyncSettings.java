package io.gongkai.analytics.sync;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the national read model is kept in step with report-service and tenant-service (how
 * they are called: {@link AnalyticsNeighbours}).
 *
 * @param enabled whether rounds run on their own every {@code interval}; tests switch it
 * off and drive rounds by hand
 * @param interval pause between the end of one round and the start of the next
 * @param initialDelay pause between start-up and the first round
 * @param pageSize feed entries asked for per page (report-service serves at most 1000)
 * @param maxPagesPerRound feed pages read for one province in one round; the rest comes
 * in the next round
 * @param threads provinces synchronised at the same time
 */
@ConfigurationProperties("gongkai.analytics.sync")
record SyncSettings(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration interval,
		@DefaultValue("10s") Duration initialDelay, @DefaultValue("500") int pageSize,
		@DefaultValue("100") int maxPagesPerRound, @DefaultValue("2") int threads) {

	SyncSettings {
		if (pageSize < 1 || pageSize > 1000) {
			throw new IllegalArgumentException("gongkai.analytics.sync.page-size must be between 1 and 1000");
		}
		if (maxPagesPerRound < 1 || threads < 1) {
			throw new IllegalArgumentException(
					"gongkai.analytics.sync.max-pages-per-round and threads must be at least 1");
		}
	}

}
