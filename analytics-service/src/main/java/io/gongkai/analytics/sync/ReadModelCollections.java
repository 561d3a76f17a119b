package io.gongkai.analytics.sync;

import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The collections of the national read model in {@code gongkai.analytics.database}, with
 * their indexes created once, on the first synchronisation (not at start-up, so that the
 * service starts while the store is still coming up).
 */
@Component
class ReadModelCollections {

	/** Documents fetched per round trip when reading a whole collection. */
	static final int BATCH_SIZE = 1000;

	static final String REPORTS = "analytics_reports";

	static final String AGENCIES = "analytics_agencies";

	static final String CURSORS = "sync_cursors";

	static final String PROVINCES = "analytics_provinces";

	static final String VERSIONS = "read_model_versions";

	private final MongoDatabase database;

	private final AtomicBoolean indexed = new AtomicBoolean();

	ReadModelCollections(MongoClient client,
			@Value("${gongkai.analytics.database:gongkai_analytics}") String database) {
		this.database = client.getDatabase(database);
	}

	MongoCollection<Document> reports() {
		return this.database.getCollection(REPORTS);
	}

	MongoCollection<Document> agencies() {
		return this.database.getCollection(AGENCIES);
	}

	MongoCollection<Document> provinces() {
		return this.database.getCollection(PROVINCES);
	}

	MongoCollection<Document> versions() {
		return this.database.getCollection(VERSIONS);
	}

	MongoCollection<Document> cursors() {
		return this.database.getCollection(CURSORS);
	}

	void ensureIndexes() {
		if (this.indexed.get()) {
			return;
		}
		reports().createIndex(Indexes.ascending("province"));
		agencies().createIndex(Indexes.ascending("province"));
		this.indexed.set(true);
	}

}
