package io.gongkai.report.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.gongkai.platform.mongo.ProvinceCollection;
import io.gongkai.platform.mongo.ProvinceDatabases;
import io.gongkai.report.province.ProvinceIndexes;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * The audit trail of every report, in its province's database ({@code report_audit}).
 * Entries are written after the report itself: the report document keeps the entry of its
 * last change until the next change (an outbox of one), and whoever writes or reads the
 * trail next appends it first. Appending is idempotent (the entry's id is the report id
 * and the revision), so a crash between the two writes loses no entry and never doubles
 * one.
 */
@Component
public class AuditTrail implements ProvinceIndexes {

	private static final String COLLECTION = "report_audit";

	private final ProvinceCollection collection;

	public AuditTrail(ProvinceDatabases databases) {
		this.collection = new ProvinceCollection(databases, COLLECTION, (collection) -> {
			collection.createIndex(Indexes.ascending("reportId", "revision"));
		});
	}

	/**
	 * Appends an entry unless it is there already.
	 * @param provinceCode the province, from the verified token
	 * @param entry the entry
	 */
	public void append(String provinceCode, AuditEntry entry) {
		try {
			entries(provinceCode).insertOne(toDocument(entry));
		}
		catch (MongoWriteException exception) {
			if (exception.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw exception;
			}
		}
	}

	/** The entries of a report, oldest first. */
	public List<AuditEntry> of(String provinceCode, String reportId) {
		return since(provinceCode, reportId, 0);
	}

	/** The entries of a report with a revision above the given one, oldest first. */
	public List<AuditEntry> since(String provinceCode, String reportId, long revision) {
		List<AuditEntry> found = new ArrayList<>();
		entries(provinceCode).find(Filters.and(Filters.eq("reportId", reportId), Filters.gt("revision", revision)))
			.sort(Sorts.ascending("revision"))
			.forEach((document) -> found.add(fromDocument(document)));
		return found;
	}

	public static Document toDocument(AuditEntry entry) {
		List<Document> changes = entry.changes()
			.stream()
			.map((change) -> new Document("kind", change.kind()).append("id", change.id())
				.append("from", bson(change.from()))
				.append("to", bson(change.to())))
			.toList();
		return new Document("_id", entry.reportId() + "#" + entry.revision()).append("reportId", entry.reportId())
			.append("revision", entry.revision())
			.append("at", Date.from(entry.at()))
			.append("actor", entry.actor())
			.append("actorName", entry.actorName())
			.append("role", entry.role())
			.append("action", entry.action())
			.append("version", entry.version())
			.append("fromStatus", entry.fromStatus())
			.append("toStatus", entry.toStatus())
			.append("changes", changes)
			.append("note", entry.note());
	}

	public static AuditEntry fromDocument(Document document) {
		List<FieldChange> changes = document.getList("changes", Document.class, List.of())
			.stream()
			.map((change) -> new FieldChange(change.getString("kind"), change.getString("id"),
					plain(change.get("from")), plain(change.get("to"))))
			.toList();
		Number revision = (Number) document.get("revision");
		return new AuditEntry(document.getString("reportId"), revision.longValue(), document.getDate("at").toInstant(),
				document.getString("actor"), document.getString("actorName"), document.getString("role"),
				document.getString("action"), document.getInteger("version"), document.getString("fromStatus"),
				document.getString("toStatus"), changes, document.getString("note"));
	}

	private static Object bson(Object value) {
		if (value instanceof Map<?, ?> map) {
			Document document = new Document();
			map.forEach((key, item) -> document.append(String.valueOf(key), bson(item)));
			return document;
		}
		if (value instanceof Instant instant) {
			return Date.from(instant);
		}
		return value;
	}

	private static Object plain(Object value) {
		if (value instanceof Document document) {
			Map<String, Object> map = new HashMap<>();
			document.forEach((key, item) -> map.put(key, plain(item)));
			return map;
		}
		if (value instanceof Integer number) {
			return number.longValue();
		}
		return value;
	}

	private MongoCollection<Document> entries(String provinceCode) {
		return this.collection.in(provinceCode);
	}

	@Override
	public void createIn(MongoDatabase provinceDatabase) {
		this.collection.createIn(provinceDatabase);
	}

}
