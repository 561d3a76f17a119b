package io.gongkai.analytics.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * The per-province cursors of synchronisation. The cursor only moves forward, and only
 * after the page it moves past was applied: a crash in between makes the next round read
 * that page again, which is harmless.
 */
@Component
class SyncCursors {

	private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

	private final ReadModelCollections collections;

	SyncCursors(ReadModelCollections collections) {
		this.collections = collections;
	}

	SyncCursor of(String provinceCode) {
		Document cursor = cursors().find(Filters.eq("_id", provinceCode)).first();
		return (cursor != null) ? SyncCursor.from(cursor) : SyncCursor.initial(provinceCode);
	}

	List<SyncCursor> all() {
		List<SyncCursor> all = new ArrayList<>();
		cursors().find().sort(Sorts.ascending("_id")).forEach((cursor) -> all.add(SyncCursor.from(cursor)));
		return all;
	}

	List<String> provinceCodes() {
		return all().stream().map(SyncCursor::provinceCode).toList();
	}

	void attempted(String provinceCode, Instant at) {
		cursors().updateOne(Filters.eq("_id", provinceCode),
				Updates.combine(Updates.set("lastAttemptAt", Date.from(at)), Updates.setOnInsert("after", 0L),
						Updates.setOnInsert("reports", 0L), Updates.setOnInsert("agencies", 0L)),
				UPSERT);
	}

	void advanced(String provinceCode, long next) {
		cursors().updateOne(Filters.eq("_id", provinceCode), Updates.max("after", next), UPSERT);
	}

	void succeeded(String provinceCode, Instant at, long reports, long agencies) {
		cursors().updateOne(Filters.eq("_id", provinceCode),
				Updates.combine(Updates.set("state", SyncCursor.OK), Updates.set("lastError", null),
						Updates.set("lastSyncedAt", Date.from(at)), Updates.set("reports", reports),
						Updates.set("agencies", agencies)),
				UPSERT);
	}

	void failed(String provinceCode, String error, long reports, long agencies) {
		cursors().updateOne(Filters.eq("_id", provinceCode), Updates.combine(Updates.set("state", SyncCursor.FAILING),
				Updates.set("lastError", error), Updates.set("reports", reports), Updates.set("agencies", agencies)),
				UPSERT);
	}

	private MongoCollection<Document> cursors() {
		return this.collections.cursors();
	}

}
