package io.gongkai.analytics.sync;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

/**
 * Where synchronisation stands for one province (collection {@code sync_cursors},
 * {@code _id} = province code).
 *
 * @param provinceCode the province
 * @param after the feed sequence number of the last page applied: the next round asks for
 * the changes after it
 * @param reports how many of the province's reports the read model holds
 * @param agencies how many of its agencies the read model holds
 * @param lastSyncedAt end of the last round that completed, or {@code null}
 * @param lastAttemptAt start of the last round, completed or not, or {@code null}
 * @param lastError why the last round stopped, or {@code null} when it completed
 * @param state {@link #OK}, {@link #FAILING}, or {@code null} before the first round
 */
record SyncCursor(String provinceCode, long after, long reports, long agencies, Instant lastSyncedAt,
		Instant lastAttemptAt, String lastError, String state) {

	static final String OK = "ok";

	static final String FAILING = "failing";

	static SyncCursor initial(String provinceCode) {
		return new SyncCursor(provinceCode, 0, 0, 0, null, null, null, null);
	}

	static SyncCursor from(Document document) {
		return new SyncCursor(document.getString("_id"), number(document, "after"), number(document, "reports"),
				number(document, "agencies"), instant(document.getDate("lastSyncedAt")),
				instant(document.getDate("lastAttemptAt")), document.getString("lastError"),
				document.getString("state"));
	}

	private static long number(Document document, String field) {
		Object value = document.get(field);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
