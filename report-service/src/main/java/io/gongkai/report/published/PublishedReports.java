package io.gongkai.report.published;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.gongkai.report.report.Report;
import io.gongkai.report.report.ReportDocuments;
import io.gongkai.report.report.ReportWrites;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Component;

/**
 * The published reports of every province, in a database of their own
 * ({@code gongkai_public}): the only data the public API reads. A report enters when a
 * version of it is published, shows its last published version, and is replaced when an
 * amendment is published; nothing else of a report is ever written here (see
 * {@link PublishedReport}). Kept in step by every write of the report store, and by a
 * catch-up from the report feed at start-up ({@link PublishedCatchUp}).
 */
@Component
class PublishedReports implements ReportWrites {

	static final String DATABASE = "gongkai_public";

	private static final String PROVINCE = "provinceCode";

	private static final String PUBLISHED_VERSIONS = "publishedVersions";

	private static final String FIRST_PUBLISHED_AT = "firstPublishedAt";

	private static final String PUBLISHED_AT = "publishedAt";

	private static final String REVISION = "reportRevision";

	private final MongoCollection<Document> collection;

	private final ProvinceNames names;

	/** Whether the indexes were made: on first use, so that a start needs no store. */
	private volatile boolean indexed;

	PublishedReports(MongoClient client, ProvinceNames names) {
		this.names = names;
		this.collection = client.getDatabase(DATABASE).getCollection("published_reports");
	}

	private MongoCollection<Document> reports() {
		if (!this.indexed) {
			this.collection.createIndex(Indexes.ascending(PROVINCE, "year"),
					new IndexOptions().name("by_province_and_year"));
			this.collection.createIndex(Indexes.ascending("agencyId", "year"), new IndexOptions().name("by_agency"));
			this.indexed = true;
		}
		return this.collection;
	}

	@Override
	public void written(String provinceCode, Report report) {
		Optional<PublishedReport> published = PublishedReport.of(provinceCode, report);
		if (published.isEmpty()) {
			// Never published, so never here: a published version stays published (an
			// amendment or a reopening adds a version), so nothing to remove either.
			return;
		}
		PublishedReport shown = published.get();
		Document document = ReportDocuments.toDocument(shown.report())
			.append(PROVINCE, provinceCode)
			.append(PUBLISHED_VERSIONS, shown.publishedVersions())
			.append(FIRST_PUBLISHED_AT, Date.from(shown.firstPublishedAt()))
			.append(PUBLISHED_AT, Date.from(shown.publishedAt()))
			.append(REVISION, shown.revision());
		try {
			reports().replaceOne(Filters.and(Filters.eq("_id", report.id()), Filters.lt(REVISION, shown.revision())),
					document, new ReplaceOptions().upsert(true));
		}
		catch (MongoWriteException exception) {
			if (exception.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw exception;
			}
			// A newer revision of the report is already here.
		}
	}

	@Override
	public void deleted(String provinceCode, String reportId) {
		reports().deleteOne(Filters.and(Filters.eq("_id", reportId), Filters.eq(PROVINCE, provinceCode)));
	}

	Optional<PublishedReport> find(String id) {
		return Optional.ofNullable(reports().find(Filters.eq("_id", id)).first()).map(PublishedReports::read);
	}

	/**
	 * A page of published reports, newest year first, then by province and agency name.
	 * @param agencies when given, only the reports of these agencies
	 */
	PublicReportPage list(PublicReportQuery query, Optional<List<String>> agencies) {
		List<Bson> filters = new ArrayList<>();
		query.province().ifPresent((province) -> filters.add(Filters.eq(PROVINCE, province)));
		query.year().ifPresent((year) -> filters.add(Filters.eq("year", year)));
		query.agency().ifPresent((agency) -> filters.add(Filters.eq("agencyId", agency)));
		agencies.ifPresent((ids) -> filters.add(Filters.in("agencyId", ids)));
		Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
		List<PublicReportSummary> items = new ArrayList<>();
		reports().find(filter)
			.sort(Sorts.orderBy(Sorts.descending("year"), Sorts.ascending(PROVINCE), Sorts.ascending("agencyName"),
					Sorts.ascending("_id")))
			.skip(query.page() * query.size())
			.limit(query.size())
			.forEach((document) -> items.add(this.names.summary(read(document))));
		return new PublicReportPage(items, query.page(), query.size(), reports().countDocuments(filter), null);
	}

	/**
	 * The published reports whose agency name holds the text, in the province or in all:
	 * what a search falls back on when the registry cannot answer.
	 */
	List<String> agenciesNamed(Optional<String> province, String text) {
		List<Bson> filters = new ArrayList<>();
		province.ifPresent((code) -> filters.add(Filters.eq(PROVINCE, code)));
		filters.add(Filters.regex("agencyName", Pattern.quote(text)));
		List<String> ids = new ArrayList<>();
		reports().find(Filters.and(filters))
			.projection(Projections.include("agencyId"))
			.forEach((document) -> ids.add(document.getString("agencyId")));
		return ids;
	}

	/**
	 * The published reports of the given provinces, years and agencies (each empty for
	 * all), newest year first, then by province and agency name.
	 */
	List<PublishedReport> matching(Collection<String> provinces, Collection<Integer> years,
			Collection<String> agencies) {
		List<PublishedReport> all = new ArrayList<>();
		reports().find(matchingFilter(provinces, years, agencies))
			.sort(Sorts.orderBy(Sorts.descending("year"), Sorts.ascending(PROVINCE), Sorts.ascending("agencyName"),
					Sorts.ascending("_id")))
			.forEach((document) -> all.add(read(document)));
		return all;
	}

	/** How many published reports {@link #matching} would read. */
	long countMatching(Collection<String> provinces, Collection<Integer> years, Collection<String> agencies) {
		return reports().countDocuments(matchingFilter(provinces, years, agencies));
	}

	/**
	 * A tag of what the public reads of a year: the id and revision of each of its
	 * published reports, so that it changes when a report of the year is published or
	 * amended, and only then.
	 */
	String yearTag(int year) {
		TreeMap<String, Long> revisions = new TreeMap<>();
		reports().find(Filters.eq("year", year))
			.projection(Projections.include(REVISION))
			.forEach((document) -> revisions.put(document.getString("_id"),
					((Number) document.get(REVISION)).longValue()));
		if (revisions.isEmpty()) {
			return null;
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			revisions.forEach(
					(id, revision) -> digest.update((id + ":" + revision + "\n").getBytes(StandardCharsets.UTF_8)));
			return year + "-" + HexFormat.of().formatHex(digest.digest(), 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Bson matchingFilter(Collection<String> provinces, Collection<Integer> years,
			Collection<String> agencies) {
		List<Bson> filters = new ArrayList<>();
		if (!provinces.isEmpty()) {
			filters.add(Filters.in(PROVINCE, provinces));
		}
		if (!years.isEmpty()) {
			filters.add(Filters.in("year", years));
		}
		if (!agencies.isEmpty()) {
			filters.add(Filters.in("agencyId", agencies));
		}
		return filters.isEmpty() ? new Document() : Filters.and(filters);
	}

	/** Province code and year of every published report, for the overview. */
	List<ProvinceYear> provinceYears() {
		List<ProvinceYear> all = new ArrayList<>();
		reports().find()
			.projection(Projections.include(PROVINCE, "year"))
			.forEach(
					(document) -> all.add(new ProvinceYear(document.getString(PROVINCE), document.getInteger("year"))));
		return all;
	}

	record ProvinceYear(String provinceCode, int year) {
	}

	private static PublishedReport read(Document document) {
		return new PublishedReport(document.getString(PROVINCE), ReportDocuments.fromDocument(document),
				document.getInteger(PUBLISHED_VERSIONS), instant(document.getDate(FIRST_PUBLISHED_AT)),
				((Number) document.get(REVISION)).longValue());
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
