package io.gongkai.report.feed;

import java.time.Instant;
import java.util.List;

/**
 * One page of a province's report feed.
 *
 * @param province the province's code
 * @param items the changed reports, in the order of their numbers
 * @param next the cursor for the next page: the number of the last item, or the
 * {@code after} asked for when there is none
 * @param more whether more changes are ready beyond this page
 */
record FeedPage(String province, List<FeedEntry> items, long next, boolean more) {

	/**
	 * The page out of the changes found after the cursor, in the order of their numbers
	 * (asked for one more than the page holds, to know whether there are more). It stops
	 * before the first change that is not settled yet: a change numbered before it may
	 * still be on its way to the store, and a reader that went past it would never see
	 * that one.
	 * @param settledBy the latest time a change may have taken its number to be served
	 */
	static FeedPage of(String province, long after, int limit, List<FeedEntry> found, Instant settledBy) {
		List<FeedEntry> settled = found.stream().takeWhile((entry) -> !entry.changedAt().isAfter(settledBy)).toList();
		List<FeedEntry> items = settled.subList(0, Math.min(limit, settled.size()));
		long next = items.isEmpty() ? after : items.get(items.size() - 1).seq();
		return new FeedPage(province, items, next, settled.size() > limit);
	}

}
