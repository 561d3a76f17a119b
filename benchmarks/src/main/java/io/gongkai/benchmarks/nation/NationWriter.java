package io.gongkai.benchmarks.nation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import io.gongkai.benchmarks.nation.SyntheticRegistry.Agency;
import io.gongkai.benchmarks.nation.SyntheticReports.YearOfReports;
import io.gongkai.benchmarks.nation.TenantProvinces.Province;
import io.gongkai.report.report.ReportFeedNumbers;
import io.gongkai.report.template.ReportTemplate;
import org.bson.Document;

/**
 * Writes one province's made-up registry and reports straight into the store, in the
 * services' own formats, by unordered bulk inserts of a thousand documents. What is there
 * already (same ids: a second run with the same seed) is counted and left as it is, and
 * takes no feed number again.
 */
public final class NationWriter {

	static final int BATCH = 1000;

	private final MongoClient client;

	private final long seed;

	private final int firstYear;

	private final int lastYear;

	private final ReportTemplate template;

	private final Clock clock;

	private final GenerationTotals totals;

	public NationWriter(MongoClient client, long seed, int firstYear, int lastYear, ReportTemplate template,
			Clock clock, GenerationTotals totals) {
		this.client = client;
		this.seed = seed;
		this.firstYear = firstYear;
		this.lastYear = lastYear;
		this.template = template;
		this.clock = clock;
		this.totals = totals;
	}

	/**
	 * Writes the province's registry of {@code size} agencies and their reports on every
	 * year.
	 * @return how many reports were written
	 */
	public long write(Province province, int size) {
		List<Agency> registry = SyntheticRegistry.of(province.code(), province.name(), size, this.seed);
		MongoCollection<Document> agencies = this.client.getDatabase(AgencyDocumentFormat.DATABASE)
			.getCollection(AgencyDocumentFormat.COLLECTION);
		List<Document> documents = registry.stream()
			.map((agency) -> AgencyDocumentFormat.of(province.code(), agency))
			.toList();
		long agenciesWritten = 0;
		for (int start = 0; start < documents.size(); start += BATCH) {
			agenciesWritten += insert(agencies, documents.subList(start, Math.min(documents.size(), start + BATCH)));
		}
		this.totals.agencies(agenciesWritten, documents.size() - agenciesWritten);
		MongoDatabase database = this.client.getDatabase(ReportDocumentFormat.database(province.code()));
		MongoCollection<Document> reports = database.getCollection(ReportDocumentFormat.COLLECTION);
		SyntheticReports synthetic = new SyntheticReports(province.code(), registry, this.seed, this.lastYear,
				this.template);
		Set<String> present = ids(reports);
		long written = 0;
		for (int year = this.firstYear; year <= this.lastYear; year++) {
			YearOfReports ofYear = synthetic.ofYear(year);
			this.totals.missing(ofYear.missing());
			List<SyntheticReport> all = ofYear.reports();
			for (int start = 0; start < all.size(); start += BATCH) {
				List<Document> batch = new ArrayList<>(BATCH);
				for (SyntheticReport report : all.subList(start, Math.min(all.size(), start + BATCH))) {
					this.totals.generated(report);
					if (!present.contains(report.id())) {
						batch.add(ReportDocumentFormat.of(report));
					}
				}
				ReportFeedNumbers.number(database, batch, this.clock.instant());
				long inserted = insert(reports, batch);
				this.totals.reports(inserted, Math.min(all.size(), start + BATCH) - start - inserted);
				written += inserted;
			}
		}
		return written;
	}

	/**
	 * The reports there already (a run before with the same seed), which take no feed
	 * number again.
	 */
	private static Set<String> ids(MongoCollection<Document> reports) {
		Set<String> ids = new HashSet<>();
		reports.find()
			.projection(Projections.include("_id"))
			.forEach((document) -> ids.add(String.valueOf(document.get("_id"))));
		return ids;
	}

	/**
	 * Inserts unordered; documents already there are left alone.
	 * @return how many were inserted
	 */
	private static long insert(MongoCollection<Document> collection, List<Document> documents) {
		if (documents.isEmpty()) {
			return 0;
		}
		try {
			collection.insertMany(documents, new InsertManyOptions().ordered(false));
			return documents.size();
		}
		catch (MongoBulkWriteException exception) {
			for (BulkWriteError error : exception.getWriteErrors()) {
				if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
					throw exception;
				}
			}
			return documents.size() - exception.getWriteErrors().size();
		}
	}

}
