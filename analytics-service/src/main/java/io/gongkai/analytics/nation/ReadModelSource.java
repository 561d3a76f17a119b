package io.gongkai.analytics.nation;

import io.gongkai.analytics.catalogue.FigureCatalogue;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.conversions.Bson;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the figures come from: the collections the sync fills in
 * {@code gongkai_analytics}, streamed document by document, never held as a list.
 */
@Component
class ReadModelSource {

	static final String REPORTS = "analytics_reports";

	static final String AGENCIES = "analytics_agencies";

	static final String CURSORS = "sync_cursors";

	static final String PROVINCES = "analytics_provinces";

	private static final int BATCH = 2000;

	private static final Bson REPORT_FIELDS = Projections.include("province", "agencyId", "agencyName", "year",
			"format", "scope", "agencyKind", "status", "onTime", "figuresVersion", "metrics", "cells", "sections");

	private final MongoDatabase database;

	private static final Bson PUBLISHED_FIELDS = Projections.include("province", "agencyId", "agencyName", "year",
			"format", "scope", "agencyKind", "onTime", "published");

	private final MongoCollection<ReportRow> reports;

	private final MongoCollection<ReportRow> publishedReports;

	private static final Bson BOTH_FIELDS = Projections.include("province", "agencyId", "agencyName", "year", "format",
			"scope", "agencyKind", "status", "onTime", "figuresVersion", "metrics", "cells", "sections", "published");

	private final MongoCollection<RawBsonDocument> rawReports;

	private final ReportRowCodec reportCodec;

	private final ReportRowCodec publishedCodec;

	private final FigureRecipes recipes;

	ReadModelSource(MongoClient client, @Value("${gongkai.analytics.database:gongkai_analytics}") String database,
			FigureCatalogue catalogue) {
		this.database = client.getDatabase(database);
		this.recipes = new FigureRecipes(catalogue);
		MongoCollection<Document> documents = this.database.getCollection(REPORTS);
		this.reportCodec = new ReportRowCodec(this.recipes);
		this.publishedCodec = new ReportRowCodec(this.recipes, true);
		this.reports = documents.withDocumentClass(ReportRow.class)
			.withCodecRegistry(CodecRegistries.fromRegistries(CodecRegistries.fromCodecs(this.reportCodec),
					documents.getCodecRegistry()));
		this.publishedReports = documents.withDocumentClass(ReportRow.class)
			.withCodecRegistry(CodecRegistries.fromRegistries(CodecRegistries.fromCodecs(this.publishedCodec),
					documents.getCodecRegistry()));
		this.rawReports = documents.withDocumentClass(RawBsonDocument.class);
	}

	/** How many counted figures each report row carries. */
	int figureCount() {
		return this.recipes.figureCount();
	}

	/**
	 * Streams the reports of one province, or of every province when {@code province} is
	 * {@code null}.
	 */
	void reports(String province, Consumer<ReportRow> sink) {
		Bson filter = (province != null) ? Filters.eq("province", province) : new Document();
		try (MongoCursor<ReportRow> cursor = this.reports.find(filter)
			.projection(REPORT_FIELDS)
			.batchSize(BATCH)
			.iterator()) {
			while (cursor.hasNext()) {
				sink.accept(cursor.next());
			}
		}
	}

	/**
	 * Streams the reports of one province (every province when {@code province} is
	 * {@code null}) that have a published version, each with the figures of its last
	 * published version: nothing of a draft, a submission under review, a returned report
	 * or an amendment not yet published.
	 */
	void publishedReports(String province, Consumer<ReportRow> sink) {
		Bson filter = (province != null) ? Filters.eq("province", province) : new Document();
		try (MongoCursor<ReportRow> cursor = this.publishedReports.find(filter)
			.projection(PUBLISHED_FIELDS)
			.batchSize(BATCH)
			.iterator()) {
			while (cursor.hasNext()) {
				ReportRow report = cursor.next();
				if (report.hasFigures()) {
					sink.accept(report);
				}
			}
		}
	}

	/**
	 * Streams the reports of one province in one query, each both ways: its analysts' row
	 * (as {@link #reports}) and, when it has a published version, its published row (as
	 * {@link #publishedReports}).
	 */
	void reportsAndPublished(String province, Consumer<ReportRow> reports, Consumer<ReportRow> published) {
		try (MongoCursor<RawBsonDocument> cursor = this.rawReports.find(Filters.eq("province", province))
			.projection(BOTH_FIELDS)
			.batchSize(BATCH)
			.iterator()) {
			while (cursor.hasNext()) {
				RawBsonDocument document = cursor.next();
				reports.accept(document.decode(this.reportCodec));
				ReportRow publishedRow = document.decode(this.publishedCodec);
				if (publishedRow.hasFigures()) {
					published.accept(publishedRow);
				}
			}
		}
	}

	/**
	 * Streams the agencies of one province, or of every province when {@code province} is
	 * {@code null}.
	 */
	void agencies(String province, Consumer<AgencyRow> sink) {
		Bson filter = (province != null) ? Filters.eq("province", province) : new Document();
		try (MongoCursor<Document> cursor = this.database.getCollection(AGENCIES)
			.find(filter)
			.batchSize(BATCH)
			.iterator()) {
			while (cursor.hasNext()) {
				Document agency = cursor.next();
				sink.accept(new AgencyRow(String.valueOf(agency.get("_id")), agency.getString("province"),
						agency.getString("name"), Codes.level(agency.getString("level")),
						Codes.kind(agency.getString("kind")), Codes.scope(agency.getString("scope")),
						year(agency.get("createdYear")), year(agency.get("abolishedYear"))));
			}
		}
	}

	/**
	 * The provinces' resident populations ({@code analytics_provinces}), by province
	 * code; a province without a known population is absent.
	 */
	Map<String, ProvincePopulation> populations() {
		Map<String, ProvincePopulation> populations = new HashMap<>();
		this.database.getCollection(PROVINCES).find().forEach((province) -> {
			ProvincePopulation population = population(province);
			if (population != null) {
				populations.put(String.valueOf(province.get("_id")), population);
			}
		});
		return populations;
	}

	/** A province's resident population, {@code null} when not known. */
	ProvincePopulation population(String code) {
		Document province = this.database.getCollection(PROVINCES).find(Filters.eq("_id", code)).first();
		return (province != null) ? population(province) : null;
	}

	private static ProvincePopulation population(Document province) {
		if (!(province.get("population") instanceof Document population)
				|| !(population.get("residents") instanceof Number residents) || residents.longValue() <= 0) {
			return null;
		}
		Integer year = year(population.get("year"));
		return new ProvincePopulation(residents.longValue(), (year != null) ? year : 0, population.getString("source"));
	}

	/** When each province's data was last brought in, by province code. */
	Map<String, Instant> lastSynced() {
		Map<String, Instant> synced = new HashMap<>();
		this.database.getCollection(CURSORS).find().forEach((cursor) -> {
			Date at = (cursor.get("lastSyncedAt") instanceof Date date) ? date : null;
			synced.put(String.valueOf(cursor.get("_id")), (at != null) ? at.toInstant() : null);
		});
		return synced;
	}

	private static Integer year(Object value) {
		return (value instanceof Number number) ? number.intValue() : null;
	}

}
