package io.gongkai.report.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.LongStream;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.gongkai.platform.mongo.ProvinceCollection;
import io.gongkai.platform.mongo.ProvinceDatabases;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * The numbers of the report feed: every lifecycle change of a province's reports takes
 * the province's next number, 1, 2, 3, ..., from one counter document in the province's
 * database ({@code feed_sequence}), moved on atomically. Each number is recorded at once
 * in {@code feed_changes} ({@code _id} the number, the report's id, when it was taken),
 * before the report is written; the report document keeps the number of its last change
 * ({@code feedSeq}) and when it was taken ({@code feedAt}). A recorded change whose
 * report does not carry its number was refused or overtaken by a later change. Numbers
 * are unique and increasing, not gapless.
 * <p>
 * The feed reads {@code feed_changes} by number, then the page's reports by their ids.
 */
@Component
class FeedSequence {

	static final String SEQ = "feedSeq";

	static final String AT = "feedAt";

	static final String REPORT_ID = "reportId";

	/** On a recorded change that discarded its report: what the feed says of it. */
	static final String DISCARDED = "discarded";

	static final String COLLECTION = "feed_sequence";

	static final String CHANGES = "feed_changes";

	static final String COUNTER = "reports";

	static final String VALUE = "value";

	private final ProvinceCollection counters;

	private final ProvinceCollection changes;

	private final Clock clock;

	FeedSequence(ProvinceDatabases databases, Clock clock) {
		this.counters = new ProvinceCollection(databases, COLLECTION, (collection) -> {
		});
		this.changes = new ProvinceCollection(databases, CHANGES, (collection) -> {
		});
		this.clock = clock;
	}

	/**
	 * The next number for a change of the report, recorded, with the time it was taken,
	 * as fields of a report document.
	 */
	Document next(String provinceCode, String reportId) {
		return take(provinceCode, List.of(reportId)).get(0);
	}

	/**
	 * The next number, recorded, for the discard of a report about to be deleted: the
	 * recorded change keeps what the feed says of the report once it is gone.
	 */
	void discarding(String provinceCode, ReportChange.Discarded report) {
		long seq = moveOn(provinceCode, 1);
		this.changes.in(provinceCode)
			.insertOne(new Document("_id", seq).append(REPORT_ID, report.reportId())
				.append(AT, Date.from(this.clock.instant()))
				.append(DISCARDED,
						new Document("agencyId", report.agencyId()).append("agencyName", report.agencyName())
							.append("year", report.year())
							.append("format", report.format())));
	}

	/**
	 * The discarded report a recorded change names, or {@code null} for other changes.
	 */
	static ReportChange.Discarded discarded(Document change) {
		Document discarded = change.get(DISCARDED, Document.class);
		return (discarded != null)
				? new ReportChange.Discarded(change.getString(REPORT_ID), discarded.getString("agencyId"),
						discarded.getString("agencyName"), discarded.getInteger("year"), discarded.getString("format"))
				: null;
	}

	/**
	 * The next numbers for changes of the reports, one each, in order, recorded, with the
	 * time they were taken, as fields of a report document.
	 */
	List<Document> take(String provinceCode, List<String> reportIds) {
		return take(this.counters.in(provinceCode), this.changes.in(provinceCode), reportIds,
				Date.from(this.clock.instant()));
	}

	/**
	 * The next numbers of a province's feed for changes of the reports, one each, in
	 * order, recorded in the province's {@code changes} at {@code at}.
	 */
	static List<Document> take(MongoCollection<Document> counters, MongoCollection<Document> changes,
			List<String> reportIds, Date at) {
		int count = reportIds.size();
		long last = moveOn(counters, count);
		List<Document> stamps = new ArrayList<>(count);
		List<Document> recorded = new ArrayList<>(count);
		long seq = last - count + 1;
		for (String reportId : reportIds) {
			stamps.add(new Document(SEQ, seq).append(AT, at));
			recorded.add(new Document("_id", seq).append(REPORT_ID, reportId).append(AT, at));
			seq++;
		}
		changes.insertMany(recorded);
		return stamps;
	}

	/**
	 * The recorded changes numbered above {@code after}, in number order, at most
	 * {@code max}: documents with {@code _id} (the number), {@code reportId} and
	 * {@code feedAt}. Read by number, window after window up to the last number taken,
	 * rather than by a range: every store answers a list of {@code _id}s from its
	 * {@code _id} index, where the embedded one would scan the collection for a range. A
	 * number taken but never recorded (its write failed) is passed over.
	 */
	List<Document> recordedAfter(String provinceCode, long after, int max) {
		long taken = lastTaken(provinceCode);
		List<Document> recorded = new ArrayList<>(max);
		for (long from = after; recorded.size() < max && from < taken;) {
			long to = Math.min(taken, from + max - recorded.size());
			List<Long> numbers = LongStream.rangeClosed(from + 1, to).boxed().toList();
			this.changes.in(provinceCode).find(Filters.in("_id", numbers)).sort(Sorts.ascending("_id")).into(recorded);
			from = to;
		}
		return recorded;
	}

	/** The last number taken in the province, 0 before the first. */
	private long lastTaken(String provinceCode) {
		Document counter = counter(provinceCode);
		return (counter != null) ? ((Number) counter.get(VALUE)).longValue() : 0;
	}

	private Document counter(String provinceCode) {
		return this.counters.in(provinceCode).find(Filters.eq("_id", COUNTER)).first();
	}

	/** The number of a stored report's last change, or {@code null} if it has none. */
	static Long seq(Document report) {
		return (report.get(SEQ) instanceof Number seq) ? seq.longValue() : null;
	}

	/** When a stored report's or recorded change's number was taken. */
	static Instant at(Document numbered) {
		return numbered.getDate(AT).toInstant();
	}

	private long moveOn(String provinceCode, int count) {
		return moveOn(this.counters.in(provinceCode), count);
	}

	private static long moveOn(MongoCollection<Document> counters, int count) {
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
