package io.gongkai.report.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.gongkai.platform.mongo.ProvinceCollection;
import io.gongkai.platform.mongo.ProvinceDatabases;
import io.gongkai.report.province.ProvinceIndexes;
import io.gongkai.report.audit.AuditEntry;
import io.gongkai.report.audit.AuditTrail;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Reports in their province's database, one document per report with all its versions, so
 * that every change is one atomic, conditional write of one document (the store has no
 * transactions). Each write also leaves the change's audit entry in the document
 * ({@code pendingAudit}) and then appends it to the {@link AuditTrail}; the next write or
 * read of the trail appends it first if a crash came in between. A write that creates a
 * report, changes its status or starts a version also gives the report the province's
 * next {@link FeedSequence feed number}; a save of a draft keeps the number it has. Every
 * method takes the province code, which callers take from the verified token only.
 */
@Component
class ReportStore implements ProvinceIndexes {

	private static final Logger log = LoggerFactory.getLogger(ReportStore.class);

	private static final String COLLECTION = "reports";

	private static final String PENDING_AUDIT = "pendingAudit";

	/** Reports written before the feed existed that one read of the feed numbers. */

	private final ProvinceCollection collection;

	private final AuditTrail audit;

	private final FeedSequence feed;

	private final List<ReportWrites> observers;

	ReportStore(ProvinceDatabases databases, AuditTrail audit, FeedSequence feed, List<ReportWrites> observers) {
		this.collection = new ProvinceCollection(databases, COLLECTION, (collection) -> {
			collection.createIndex(Indexes.ascending("agencyId", "year"),
					new IndexOptions().unique(true).name("one_report_per_agency_and_year"));
			collection.createIndex(Indexes.ascending("year", "status"), new IndexOptions().name("by_year_and_status"));
			collection.createIndex(Indexes.ascending(FeedSequence.SEQ), new IndexOptions().name("by_feed_seq"));
		});
		this.audit = audit;
		this.feed = feed;
		this.observers = List.copyOf(observers);
	}

	/**
	 * Stores a new report, or finds the one an earlier attempt with the same id stored.
	 * @return the report as stored
	 * @throws ReportAlreadyExistsException when the agency has another report for the
	 * year
	 */
	Report insert(String provinceCode, Report report, AuditEntry entry) {
		try {
			Document document = withPending(report, entry);
			document.putAll(this.feed.next(provinceCode, report.id()));
			reports(provinceCode).insertOne(document);
		}
		catch (MongoWriteException exception) {
			if (exception.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw exception;
			}
			Optional<Report> earlier = find(provinceCode, report.id());
			if (earlier.isEmpty()) {
				throw new ReportAlreadyExistsException(report.agencyId(), report.year());
			}
			flushPending(provinceCode, report.id());
			return earlier.get();
		}
		this.audit.append(provinceCode, entry);
		tell((observer) -> observer.written(provinceCode, report));
		return report;
	}

	/**
	 * Replaces a report if nobody changed it since it was read. The stored document is
	 * overwritten field by field ({@code $set}), so that a change that takes no feed
	 * number keeps the one the report has.
	 * @param after the report after the change, one revision on
	 * @param entry the change's audit entry
	 * @return whether it was replaced; {@code false} when its revision moved meanwhile
	 */
	boolean replace(String provinceCode, Report after, AuditEntry entry) {
		flushPending(provinceCode, after.id());
		long expected = after.revision() - 1;
		Document fields = withPending(after, entry);
		fields.remove("_id");
		if (movesTheFeed(entry)) {
			fields.putAll(this.feed.next(provinceCode, after.id()));
		}
		boolean replaced = reports(provinceCode)
			.updateOne(Filters.and(Filters.eq("_id", after.id()), Filters.eq("revision", expected)),
					new Document("$set", fields))
			.getMatchedCount() == 1;
		if (replaced) {
			this.audit.append(provinceCode, entry);
			tell((observer) -> observer.written(provinceCode, after));
		}
		return replaced;
	}

	/**
	 * Deletes a report if nobody changed it since it was read, and appends the audit
	 * entry that says so; the trail outlives the report. The discard takes the next feed
	 * number first, so that whoever reads the feed drops the report; a discard refused
	 * leaves its number to be passed over.
	 * @return whether it was deleted; {@code false} when its revision moved meanwhile
	 */
	boolean delete(String provinceCode, Report report, AuditEntry entry) {
		flushPending(provinceCode, report.id());
		this.feed.discarding(provinceCode, ReportChange.Discarded.of(report));
		boolean deleted = reports(provinceCode)
			.deleteOne(Filters.and(Filters.eq("_id", report.id()), Filters.eq("revision", report.revision())))
			.getDeletedCount() == 1;
		if (deleted) {
			this.audit.append(provinceCode, entry);
			tell((observer) -> observer.deleted(provinceCode, report.id()));
		}
		return deleted;
	}

	/**
	 * Tells the observers of a write that is done; one that fails is logged and passed.
	 */
	private void tell(Consumer<ReportWrites> call) {
		for (ReportWrites observer : this.observers) {
			try {
				call.accept(observer);
			}
			catch (RuntimeException exception) {
				log.warn("A read model of the reports missed a write ({}); it catches up from the feed",
						exception.toString());
			}
		}
	}

	/** Appends the audit entry a crash may have left in the report document. */
	void flushPending(String provinceCode, String id) {
		Document stored = reports(provinceCode).find(Filters.eq("_id", id))
			.projection(Projections.include(PENDING_AUDIT))
			.first();
		if (stored != null && stored.get(PENDING_AUDIT) instanceof Document pending) {
			this.audit.append(provinceCode, AuditTrail.fromDocument(pending));
		}
	}

	Optional<Report> find(String provinceCode, String id) {
		return Optional.ofNullable(reports(provinceCode).find(Filters.eq("_id", id)).first())
			.map(ReportDocuments::fromDocument);
	}

	Optional<Report> findByAgencyAndYear(String provinceCode, String agencyId, int year) {
		return Optional
			.ofNullable(
					reports(provinceCode).find(Filters.and(Filters.eq("agencyId", agencyId), Filters.eq("year", year)))
						.first())
			.map(ReportDocuments::fromDocument);
	}

	ReportPage list(String provinceCode, ReportQuery query) {
		List<Bson> filters = new ArrayList<>();
		query.agencyId().ifPresent((agency) -> filters.add(Filters.eq("agencyId", agency)));
		query.year().ifPresent((year) -> filters.add(Filters.eq("year", year)));
		query.status().ifPresent((status) -> filters.add(Filters.eq("status", status.name())));
		Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
		MongoCollection<Document> reports = reports(provinceCode);
		List<ReportSummary> items = new ArrayList<>();
		reports.find(filter)
			.projection(Projections.exclude("versions", PENDING_AUDIT))
			.sort(query.sort())
			.skip(query.page() * query.size())
			.limit(query.size())
			.forEach((document) -> items.add(ReportSummary.of(provinceCode, document)));
		return new ReportPage(items, query.page(), query.size(), reports.countDocuments(filter));
	}

	/**
	 * The province's reports whose last lifecycle change took a feed number above
	 * {@code after}, in the order of those numbers, at most {@code max}. A recorded
	 * change whose report does not carry its number is passed over once it is settled
	 * (taken at or before {@code settledBy}: it was refused or overtaken); an unsettled
	 * one ends the list, since its report may still be being written. A discard is served
	 * once its report is gone; while the report is still there, the discard is unsettled
	 * (the delete may be under way) or was refused.
	 */
	List<ReportChange> changedAfter(String provinceCode, long after, int max, Instant settledBy) {
		List<ReportChange> changes = new ArrayList<>();
		long from = after;
		while (changes.size() < max) {
			List<Document> recorded = this.feed.recordedAfter(provinceCode, from, max);
			if (recorded.isEmpty()) {
				return changes;
			}
			Map<String, Document> reports = byId(provinceCode, recorded);
			for (Document change : recorded) {
				from = ((Number) change.get("_id")).longValue();
				Document report = reports.get(change.getString(FeedSequence.REPORT_ID));
				Long current = (report != null) ? FeedSequence.seq(report) : null;
				ReportChange.Discarded discarded = FeedSequence.discarded(change);
				if (discarded != null && report == null) {
					changes.add(new ReportChange(from, FeedSequence.at(change), null, discarded));
					if (changes.size() == max) {
						return changes;
					}
				}
				else if (discarded == null && current != null && current == from) {
					changes.add(ReportChange.of(from, FeedSequence.at(report), ReportDocuments.fromDocument(report)));
					if (changes.size() == max) {
						return changes;
					}
				}
				else if ((current == null || current < from) && FeedSequence.at(change).isAfter(settledBy)) {
					// its report may still be being written
					return changes;
				}
			}
		}
		return changes;
	}

	/** The reports the changes name, read at once, by id. */
	private Map<String, Document> byId(String provinceCode, List<Document> changes) {
		Set<String> ids = new HashSet<>();
		changes.forEach((change) -> ids.add(change.getString(FeedSequence.REPORT_ID)));
		Map<String, Document> found = new HashMap<>();
		reports(provinceCode).find(Filters.in("_id", ids))
			.projection(Projections.exclude(PENDING_AUDIT))
			.forEach((report) -> found.put(report.getString("_id"), report));
		return found;
	}

	/**
	 * Whether a change is one the feed reports: a new report, a new version or a new
	 * status; a save of a draft is not.
	 */
	private static boolean movesTheFeed(AuditEntry entry) {
		return entry.fromStatus() == null || !entry.fromStatus().equals(entry.toStatus());
	}

	private static Document withPending(Report report, AuditEntry entry) {
		return ReportDocuments.toDocument(report).append(PENDING_AUDIT, AuditTrail.toDocument(entry));
	}

	private MongoCollection<Document> reports(String provinceCode) {
		return this.collection.in(provinceCode);
	}

	@Override
	public void createIn(MongoDatabase provinceDatabase) {
		this.collection.createIn(provinceDatabase);
	}

	/** Newest year first, then by agency name. */
	static Bson defaultSort() {
		return Sorts.orderBy(Sorts.descending("year"), Sorts.ascending("agencyName"), Sorts.ascending("_id"));
	}

}
