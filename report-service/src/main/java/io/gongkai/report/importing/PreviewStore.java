package io.gongkai.report.importing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import io.gongkai.platform.mongo.ProvinceDatabases;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * Previews in the province's database, collection {@code import_previews}. Expiry is
 * checked on every read ({@code expiresAt}); a TTL index lets MongoDB delete expired
 * previews as well.
 */
@Component
class PreviewStore {

	static final String COLLECTION = "import_previews";

	private final ProvinceDatabases databases;

	private final Set<String> indexed = ConcurrentHashMap.newKeySet();

	PreviewStore(ProvinceDatabases databases) {
		this.databases = databases;
	}

	void insert(String province, ImportPreview preview) {
		collection(province).insertOne(preview.toDocument());
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

	private MongoCollection<Document> collection(String province) {
		MongoCollection<Document> collection = this.databases.forProvince(province).getCollection(COLLECTION);
		if (this.indexed.add(province)) {
			collection.createIndex(Indexes.ascending("expiresAt"),
					new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
		}
		return collection;
	}

}
