package io.gongkai.gateway.apikey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.gongkai.gateway.store.GatewayStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys in the gateway's store ({@code gongkai_gateway.api_keys}), one document each,
 * found by the SHA-256 of the key (a unique index); every gateway instance sees them.
 */
class StoredKeys implements ApiKeyStore {

	static final String COLLECTION = "api_keys";

	private static final Logger log = LoggerFactory.getLogger(StoredKeys.class);

	private final MongoCollection<Document> keys;

	StoredKeys(GatewayStore store) {
		this.keys = store.database().getCollection(COLLECTION);
		try {
			this.keys.createIndex(Indexes.ascending("hash"), new IndexOptions().unique(true));
			this.keys.createIndex(Indexes.ascending("requestedFrom", "createdAt"));
		}
		catch (MongoException ex) {
			// a gateway starts even while its store is down; the index is made at its
			// next start
			log.warn("The API keys' index could not be made now ({}); keys are found without it",
					ex.getClass().getSimpleName());
		}
	}

	@Override
	public void save(ApiKey key) {
		this.keys.insertOne(new Document("_id", key.id()).append("hash", key.hash())
			.append("name", key.name())
			.append("contact", key.contact())
			.append("purpose", key.purpose())
			.append("createdAt", Date.from(key.createdAt()))
			.append("revokedAt", null)
			.append("uses", 0L)
			.append("lastUsedAt", null)
			.append("requestedFrom", key.requestedFrom()));
	}

	@Override
	public Optional<ApiKey> findByHash(String hash) {
		return Optional.ofNullable(this.keys.find(Filters.eq("hash", hash)).first()).map(StoredKeys::key);
	}

	@Override
	public Optional<ApiKey> findById(String id) {
		return Optional.ofNullable(this.keys.find(Filters.eq("_id", id)).first()).map(StoredKeys::key);
	}

	@Override
	public List<ApiKey> all() {
		return this.keys.find().sort(Sorts.descending("createdAt")).map(StoredKeys::key).into(new ArrayList<>());
	}

	@Override
	public Optional<ApiKey> revoke(String id, Instant at) {
		this.keys.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("revokedAt", null)),
				Updates.set("revokedAt", Date.from(at)));
		return findById(id);
	}

	@Override
	public void addUses(String id, long uses, Instant lastUsedAt) {
		this.keys.updateOne(Filters.eq("_id", id),
				Updates.combine(Updates.inc("uses", uses), Updates.max("lastUsedAt", Date.from(lastUsedAt))));
	}

	@Override
	public List<Instant> requestedFrom(String address, Instant since) {
		return this.keys
			.find(Filters.and(Filters.eq("requestedFrom", address), Filters.gt("createdAt", Date.from(since))))
			.projection(Projections.include("createdAt"))
			.map((document) -> document.getDate("createdAt").toInstant())
			.into(new ArrayList<>())
			.stream()
			.sorted()
			.toList();
	}

	private static ApiKey key(Document document) {
		return new ApiKey(document.getString("_id"), document.getString("hash"), document.getString("name"),
				document.getString("contact"), document.getString("purpose"), instant(document, "createdAt"),
				instant(document, "revokedAt"), ((Number) document.get("uses", 0L)).longValue(),
				instant(document, "lastUsedAt"), document.getString("requestedFrom"));
	}

	private static Instant instant(Document document, String field) {
		Date date = document.getDate(field);
		return (date != null) ? date.toInstant() : null;
	}

}
