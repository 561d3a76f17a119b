package io.gongkai.report.report;

import io.gongkai.report.template.TemplateFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.gongkai.platform.mongo.ProvinceDatabases;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Component;

/**
 * Reports in their province's database. Every method takes the province code, which
 * callers take from the verified token only.
 */
@Component
class ReportStore {

	private static final String COLLECTION = "reports";

	private final ProvinceDatabases databases;

	private final Set<String> indexedProvinces = ConcurrentHashMap.newKeySet();

	ReportStore(ProvinceDatabases databases) {
		this.databases = databases;
	}

	/**
	 * Stores a new report.
	 * @throws ReportAlreadyExistsException when the agency has a report for that year
	 */
	Report insert(Report report) {
		try {
			reports(report.provinceCode()).insertOne(toDocument(report));
			return report;
		}
		catch (MongoWriteException exception) {
			if (exception.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				throw new ReportAlreadyExistsException(report.agencyId(), report.year());
			}
			throw exception;
		}
	}

	Optional<Report> find(String provinceCode, String id) {
		return Optional.ofNullable(reports(provinceCode).find(Filters.eq("_id", id)).first())
			.map((document) -> fromDocument(provinceCode, document));
	}

	ReportPage list(String provinceCode, ReportQuery query) {
		List<Bson> filters = new ArrayList<>();
		query.agencyId().ifPresent((agency) -> filters.add(Filters.eq("agencyId", agency)));
		query.year().ifPresent((year) -> filters.add(Filters.eq("year", year)));
		Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
		MongoCollection<Document> reports = reports(provinceCode);
		List<Report> items = new ArrayList<>();
		reports.find(filter)
			.sort(Sorts.orderBy(Sorts.descending("year"), Sorts.ascending("agencyName"), Sorts.ascending("_id")))
			.skip(query.page() * query.size())
			.limit(query.size())
			.forEach((document) -> items.add(fromDocument(provinceCode, document)));
		return new ReportPage(items.stream().map(ReportView::of).toList(), query.page(), query.size(),
				reports.countDocuments(filter));
	}

	private MongoCollection<Document> reports(String provinceCode) {
		MongoCollection<Document> collection = this.databases.forProvince(provinceCode).getCollection(COLLECTION);
		if (this.indexedProvinces.add(provinceCode)) {
			collection.createIndex(Indexes.ascending("agencyId", "year"),
					new IndexOptions().unique(true).name("one_report_per_agency_and_year"));
		}
		return collection;
	}

	private static Document toDocument(Report report) {
		List<Document> metrics = report.metrics()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> new Document("id", entry.getKey()).append("value", entry.getValue().value())
				.append("qualifier", entry.getValue().qualifier()))
			.toList();
		return new Document("_id", report.id()).append("agencyId", report.agencyId())
			.append("agencyName", report.agencyName())
			.append("year", report.year())
			.append("format", report.format().id())
			.append("scope", report.scope().name())
			.append("status", report.status())
			.append("publishedOn", (report.publishedOn() != null) ? report.publishedOn().toString() : null)
			.append("metrics", metrics)
			.append("createdAt", Date.from(report.createdAt()))
			.append("createdBy", report.createdBy());
	}

	private static Report fromDocument(String provinceCode, Document document) {
		Map<String, Metric> metrics = new LinkedHashMap<>();
		for (Document metric : document.getList("metrics", Document.class, List.of())) {
			metrics.put(metric.getString("id"),
					new Metric(((Number) metric.get("value")).longValue(), metric.getString("qualifier")));
		}
		String publishedOn = document.getString("publishedOn");
		Date createdAt = document.getDate("createdAt");
		return new Report(document.getString("_id"), provinceCode, document.getString("agencyId"),
				document.getString("agencyName"), document.getInteger("year"),
				TemplateFormat.fromId(document.getString("format")).orElse(TemplateFormat.LEGACY),
				ReportScope.valueOf(document.getString("scope")), document.getString("status"),
				(publishedOn != null) ? LocalDate.parse(publishedOn) : null, metrics,
				(createdAt != null) ? createdAt.toInstant() : Instant.EPOCH, document.getString("createdBy"));
	}

}
