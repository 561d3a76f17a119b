package io.gongkai.report.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.gongkai.platform.mongo.ProvinceCollection;
import io.gongkai.platform.mongo.ProvinceDatabases;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * The numbers of the report feed: every lifecycle change of a province's reports takes
 * the province's next number, 1, 2, 3, ..., from one counter document in the province's
 * database ({@code feed_sequence}), moved on atomically. The report document keeps the
 * number of its last change ({@code feedSeq}) and when it was taken ({@code feedAt}).
 * Numbers are unique and increasing, not gapless: a change that is refused after taking
 * its number leaves a gap.
 */
@Component
class FeedSequence {

	static final String SEQ = "feedSeq";

	static final String AT = "feedAt";

	private static final String COLLECTION = "feed_sequence";

	private static final String COUNTER = "reports";

	private static final String VALUE = "value";

	private final ProvinceCollection counters;

	private final Clock clock;

	FeedSequence(ProvinceDatabases databases, Clock clock) {
		this.counters = new ProvinceCollection(databases, COLLECTION, (collection) -> {
		});
		this.clock = clock;
	}

	/** The next number, with the time it was taken, as fields of a report document. */
	Document next(String provinceCode) {
		return take(provinceCode, 1).get(0);
	}

	/**
	 * The next {@code count} numbers at once, in order, each with the time they were
	 * taken, as fields of a report document.
	 */
	List<Document> take(String provinceCode, int count) {
		long last = moveOn(provinceCode, count);
		Date at = Date.from(this.clock.instant());
		List<Document> stamps = new ArrayList<>(count);
		for (long seq = last - count + 1; seq <= last; seq++) {
			stamps.add(new Document(SEQ, seq).append(AT, at));
		}
		return stamps;
	}

	/** The number of a stored report's last change, or {@code null} if it has none. */
	static Long seq(Document report) {
		return (report.get(SEQ) instanceof Number seq) ? seq.longValue() : null;
	}

	/** When a stored report's number was taken. */
	static Instant at(Document report) {
		return report.getDate(AT).toInstant();
	}

	private long moveOn(String provinceCode, int count) {
		MongoCollection<Document> counters = this.counters.in(provinceCode);
		FindOneAndUpdateOptions options = new FindOneAndUpdateOptions().upsert(true)
			.returnDocument(ReturnDocument.AFTER);
		Document counter;
		try {
			counter = counters.findOneAndUpdate(Filters.eq("_id", COUNTER), Updates.inc(VALUE, (long) count), options);
		}
		catch (MongoCommandException exception) {
			if (ErrorCategory.fromErrorCode(exception.getErrorCode()) != ErrorCategory.DUPLICATE_KEY) {
				throw exception;
			}
			// Two first numbers of a province at once: both tried to insert the counter.
			counter = counters.findOneAndUpdate(Filters.eq("_id", COUNTER), Updates.inc(VALUE, (long) count), options);
		}
		return ((Number) counter.get(VALUE)).longValue();
	}

}
