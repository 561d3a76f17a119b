package io.gongkai.report.importing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import io.gongkai.platform.mongo.ProvinceCollection;
import io.gongkai.platform.mongo.ProvinceDatabases;
import io.gongkai.report.province.ProvinceIndexes;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * Previews in the province's database, collection {@code import_previews}. Expiry is
 * checked on every read ({@code expiresAt}); a TTL index lets MongoDB delete expired
 * previews as well.
 */
@Component
class PreviewStore implements ProvinceIndexes {

	static final String COLLECTION = "import_previews";

	private final ProvinceCollection collection;

	PreviewStore(ProvinceDatabases databases) {
		this.collection = new ProvinceCollection(databases, COLLECTION, (collection) -> {
			collection.createIndex(Indexes.ascending("expiresAt"),
					new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
		});
	}

	void insert(String province, ImportPreview preview) {
		collection(province).insertOne(preview.toDocument());
	}

	void delete(String province, String id) {
		collection(province).deleteOne(Filters.eq("_id", id));
	}

	/** The preview, if it exists (expired or not: the caller decides). */
	Optional<ImportPreview> find(String province, String id) {
		return Optional.ofNullable(collection(province).find(Filters.eq("_id", id)).first()).map(ImportPreview::from);
	}

	/**
	 * Stores the figures after decisions, if nobody changed the preview since it was
	 * read.
	 * @return whether the preview was still at {@code before}'s revision
	 */
	boolean recordDecisions(String province, ImportPreview before, List<Figure> figures, List<Decision> decisions) {
		UpdateResult result = collection(province).updateOne(
				Filters.and(Filters.eq("_id", before.id()), Filters.eq("revision", before.revision())),
				Updates.combine(Updates.set("figures", figures.stream().map(Figure::toDocument).toList()),
						Updates.pushEach("decisions", decisions.stream().map(Decision::toDocument).toList()),
						Updates.inc("revision", 1L), Updates.set("decidedAt", java.util.Date.from(Instant.now()))));
		return result.getMatchedCount() == 1;
	}

	/**
	 * Notes on the preview which report it became, for which agency, whether that agency
	 * was chosen by the person, by whom and when.
	 */
	void recordDraft(String province, String previewId, String reportId, String agencyId, boolean chosen, String by,
			Instant at) {
		collection(province).updateOne(Filters.eq("_id", previewId),
				Updates.set("draft",
						new Document("report", reportId).append("agency", agencyId)
							.append("agencyChosen", chosen)
							.append("by", by)
							.append("at", java.util.Date.from(at))));
	}

	private MongoCollection<Document> collection(String province) {
		return this.collection.in(province);
	}

	@Override
	public void createIn(MongoDatabase provinceDatabase) {
		this.collection.createIn(provinceDatabase);
	}

}
