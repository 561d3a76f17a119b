package io.gongkai.analytics.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import io.gongkai.analytics.sync.FeedPage.FeedEntry;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * Writes what synchronisation read into the national read model, idempotently: reports
 * keyed by report id and guarded by their feed sequence number, so that applying a page
 * twice, or an older page after a newer one, leaves the newest state in place; agencies
 * replaced province by province. Reports held are looked up by {@code _id} ({@code $in})
 * and new ones inserted, which the embedded store serves from its {@code _id} index, so
 * that a first load stays linear there too; only replacing a report already held uses a
 * guard ({@code _id} and {@code seq}) that the embedded store answers by a scan.
 */
@Component
class ReadModelUpdates {

	private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

	private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

	private static final int MAX_ATTEMPTS = 3;

	private final ReadModelCollections collections;

	ReadModelUpdates(ReadModelCollections collections) {
		this.collections = collections;
	}

	/**
	 * Writes each entry's report unless the read model already holds it at the same or a
	 * later sequence number; an entry saying the report was discarded removes it (a draft
	 * made by mistake no longer counts). Optimistic: the sequence numbers held are read
	 * first (one query by id), new reports are inserted and held ones replaced only if
	 * they still have the sequence number read; an entry that lost a race with another
	 * writer is looked at again. Applying a page twice therefore writes nothing the
	 * second time.
	 * @return how many reports were written or removed (stale and repeated entries not
	 * counted)
	 */
	int applyReports(String provinceCode, List<FeedEntry> entries, Instant syncedAt) {
		Map<String, FeedEntry> pending = new LinkedHashMap<>();
		for (FeedEntry entry : entries) {
			pending.merge(entry.reportId(), entry, (held, other) -> (other.seq() > held.seq()) ? other : held);
		}
		int written = 0;
		for (int attempt = 1; !pending.isEmpty(); attempt++) {
			if (attempt > MAX_ATTEMPTS) {
				throw new SyncFailedException("read model: reports of " + provinceCode + " kept changing while being "
						+ "written (is another instance synchronising the same province?)", null);
			}
			Map<String, Long> held = heldSeqs(pending.keySet());
			List<WriteModel<Document>> writes = new ArrayList<>(pending.size());
			Map<String, FeedEntry> attempted = new LinkedHashMap<>();
			for (FeedEntry entry : pending.values()) {
				Long heldSeq = held.get(entry.reportId());
				if (entry.isDiscard()) {
					if (heldSeq == null || heldSeq >= entry.seq()) {
						continue;
					}
					writes.add(new DeleteOneModel<>(new Document("_id", entry.reportId()).append("seq", heldSeq)));
					attempted.put(entry.reportId(), entry);
					continue;
				}
				Document report = reportDocument(provinceCode, entry, syncedAt);
				if (heldSeq == null) {
					writes.add(new InsertOneModel<>(report));
				}
				else if (heldSeq < entry.seq()) {
					writes.add(new ReplaceOneModel<>(new Document("_id", entry.reportId()).append("seq", heldSeq),
							report));
				}
				else {
					continue;
				}
				attempted.put(entry.reportId(), entry);
			}
			int applied = write(writes);
			written += applied;
			// Those applied now hold their own seq and drop out as stale on a retry.
			pending = (applied == writes.size()) ? Map.of() : attempted;
		}
		return written;
	}

	private Map<String, Long> heldSeqs(Collection<String> reportIds) {
		Map<String, Long> held = new HashMap<>();
		this.collections.reports()
			.find(Filters.in("_id", reportIds))
			.projection(Projections.include("seq"))
			.forEach((document) -> held.put(document.getString("_id"), ((Number) document.get("seq")).longValue()));
		return held;
	}

	/**
	 * Inserts and replaces, unordered.
	 * @return how many took effect: an insert that met a report inserted meanwhile, or a
	 * replace or delete whose report changed meanwhile, did not
	 */
	private int write(List<WriteModel<Document>> writes) {
		if (writes.isEmpty()) {
			return 0;
		}
		try {
			BulkWriteResult result = this.collections.reports().bulkWrite(writes, UNORDERED);
			return result.getInsertedCount() + result.getMatchedCount() + result.getDeletedCount();
		}
		catch (MongoBulkWriteException exception) {
			for (BulkWriteError error : exception.getWriteErrors()) {
				if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
					throw exception;
				}
			}
			return exception.getWriteResult().getInsertedCount() + exception.getWriteResult().getMatchedCount()
					+ exception.getWriteResult().getDeletedCount();
		}
	}

	/**
	 * Makes the read model hold exactly {@code agencies} for the province: new and
	 * changed ones written, those no longer in the registry removed, unchanged ones left
	 * alone.
	 * @return how many agencies were written or removed
	 */
	int replaceAgencies(String provinceCode, List<SyncedAgency> agencies) {
		Map<String, Document> held = new HashMap<>();
		this.collections.agencies()
			.find(Filters.eq("province", provinceCode))
			.batchSize(ReadModelCollections.BATCH_SIZE)
			.forEach((document) -> held.put(document.getString("_id"), document));
		List<WriteModel<Document>> writes = new ArrayList<>();
		for (SyncedAgency agency : agencies) {
			Document document = agency.toDocument();
			if (!document.equals(held.remove(agency.id()))) {
				writes.add(new ReplaceOneModel<>(Filters.eq("_id", agency.id()), document, UPSERT));
			}
		}
		held.keySet().forEach((gone) -> writes.add(new DeleteOneModel<>(Filters.eq("_id", gone))));
		if (!writes.isEmpty()) {
			this.collections.agencies().bulkWrite(writes, UNORDERED);
		}
		return writes.size();
	}

	long reportsOf(String provinceCode) {
		return this.collections.reports().countDocuments(Filters.eq("province", provinceCode));
	}

	long agenciesOf(String provinceCode) {
		return this.collections.agencies().countDocuments(Filters.eq("province", provinceCode));
	}

	private static Document reportDocument(String provinceCode, FeedEntry entry, Instant syncedAt) {
		Document metrics = metrics(entry.metrics());
		Document cells = cells(entry.cells());
		Document sections = null;
		if (entry.sections() != null && !entry.sections().isEmpty()) {
			sections = new Document();
			for (Map.Entry<String, Boolean> section : entry.sections().entrySet()) {
				sections.append(section.getKey(), Boolean.TRUE.equals(section.getValue()));
			}
		}
		return new Document("_id", entry.reportId()).append("province", provinceCode)
			.append("agencyId", entry.agencyId())
			.append("agencyName", entry.agencyName())
			.append("year", entry.year())
			.append("format", entry.format())
			.append("scope", entry.scope())
			.append("agencyKind", entry.agencyKind())
			.append("status", entry.status())
			.append("deadline", (entry.deadline() != null) ? entry.deadline().toString() : null)
			.append("firstSubmittedOn", (entry.firstSubmittedOn() != null) ? entry.firstSubmittedOn().toString() : null)
			.append("onTime", entry.onTime())
			.append("figuresVersion", entry.figuresVersion())
			.append("figuresStatus", entry.figuresStatus())
			.append("metrics", metrics)
			.append("cells", cells)
			.append("sections", sections)
			.append("published", published(entry.published()))
			.append("seq", entry.seq())
			.append("syncedAt", date(syncedAt));
	}

	/**
	 * The last published version's number, time and figures, kept apart from the
	 * analysts' figures ({@code null} while no version was published): the public's
	 * national figures count these only.
	 */
	private static Document published(FeedPage.FeedPublished published) {
		if (published == null || published.version() == null) {
			return null;
		}
		return new Document("version", published.version()).append("publishedAt", date(published.publishedAt()))
			.append("metrics", metrics(published.metrics()))
			.append("cells", cells(published.cells()));
	}

	private static Document metrics(Map<String, FeedPage.FeedMetric> given) {
		Document metrics = new Document();
		if (given != null) {
			given.forEach((id, metric) -> {
				if (metric != null) {
					metrics.append(id, new Document("value", metric.value()).append("qualifier", metric.qualifier()));
				}
			});
		}
		return metrics;
	}

	private static Document cells(Map<String, Long> given) {
		Document cells = new Document();
		if (given != null) {
			given.forEach(cells::append);
		}
		return cells;
	}

	private static Date date(Instant instant) {
		return (instant != null) ? Date.from(instant) : null;
	}

}
