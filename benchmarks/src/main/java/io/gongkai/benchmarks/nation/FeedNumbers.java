package io.gongkai.benchmarks.nation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * The report feed's numbers, taken the way report-service takes them
 * ({@code FeedSequence}): the province's counter document ({@code feed_sequence},
 * {@code _id} {@code reports}, field {@code value}) is moved on atomically by a whole
 * batch at once, and each report of the batch gets one of the numbers ({@code feedSeq})
 * with the time they were taken ({@code feedAt}), and each number is recorded in
 * {@code feed_changes} with its report's id. In an empty province the reports are
 * numbered 1 to n and the counter ends at n; where reports exist already (the demo data)
 * the numbers follow theirs, and a service writing meanwhile never gets the same number.
 */
public final class FeedNumbers {

	public static final String SEQ = "feedSeq";

	public static final String AT = "feedAt";

	public static final String COLLECTION = "feed_sequence";

	public static final String COUNTER = "reports";

	public static final String VALUE = "value";

	public static final String CHANGES = "feed_changes";

	public static final String REPORT_ID = "reportId";

	private final Clock clock;

	public FeedNumbers(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Gives each document the next number of the province's feed, in order.
	 * @param provinceDatabase the province's database
	 * @param reports report documents, numbered in place
	 */
	public void number(MongoDatabase provinceDatabase, List<Document> reports) {
		if (reports.isEmpty()) {
			return;
		}
		Document counter = provinceDatabase.getCollection(COLLECTION)
			.findOneAndUpdate(Filters.eq("_id", COUNTER), Updates.inc(VALUE, (long) reports.size()),
					new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		long last = ((Number) counter.get(VALUE)).longValue();
		Date at = Date.from(this.clock.instant());
		long seq = last - reports.size() + 1;
		List<Document> changes = new ArrayList<>(reports.size());
		for (Document report : reports) {
			changes.add(new Document("_id", seq).append(REPORT_ID, report.get("_id")).append(AT, at));
			report.append(SEQ, seq++).append(AT, at);
		}
		provinceDatabase.getCollection(CHANGES).insertMany(changes);
	}

}
