package io.gongkai.report.report;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * The report feed's numbers for reports written straight into a province's database
 * rather than through the report API, such as a synthetic nation loaded for trying scale:
 * the same counter and the same record of changes the service's own changes take their
 * numbers from, so that the feed serves the written reports in order after any the
 * province has, and a service writing meanwhile never gets the same number.
 */
public final class ReportFeedNumbers {

	/** The field of a report document holding the number of its last change. */
	public static final String SEQ = FeedSequence.SEQ;

	/** The field holding when that number was taken. */
	public static final String AT = FeedSequence.AT;

	/** The province's collection holding the feed's counter. */
	public static final String COUNTERS = FeedSequence.COLLECTION;

	/** The {@code _id} of the counter document. */
	public static final String COUNTER = FeedSequence.COUNTER;

	/** The counter document's field holding the last number taken. */
	public static final String LAST_TAKEN = FeedSequence.VALUE;

	/** The province's collection recording each number with its report. */
	public static final String CHANGES = FeedSequence.CHANGES;

	/** The field of a recorded change naming its report. */
	public static final String REPORT_ID = FeedSequence.REPORT_ID;

	private ReportFeedNumbers() {
	}

	/**
	 * Gives each report document the next number of the province's feed, in order, with
	 * the time it was taken, and records each number with its report.
	 * @param provinceDatabase the province's database
	 * @param reports report documents with their {@code _id}, numbered in place
	 * @param at when the numbers are taken
	 */
	public static void number(MongoDatabase provinceDatabase, List<Document> reports, Instant at) {
		if (reports.isEmpty()) {
			return;
		}
		List<Document> stamps = FeedSequence.take(provinceDatabase.getCollection(COUNTERS),
				provinceDatabase.getCollection(CHANGES),
				reports.stream().map((report) -> String.valueOf(report.get("_id"))).toList(), Date.from(at));
		for (int i = 0; i < reports.size(); i++) {
			reports.get(i).putAll(stamps.get(i));
		}
	}

}
