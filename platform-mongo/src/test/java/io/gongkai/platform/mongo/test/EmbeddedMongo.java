package io.gongkai.platform.mongo.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import io.gongkai.store.EmbeddedStore;
import org.bson.Document;

/**
 * The MongoDB-wire store for tests, on 127.0.0.1 and a free port: the platform's own
 * embedded store ({@link EmbeddedStore}, the engine {@code ./gongkai up} runs on), in
 * memory, or on a file when a test must prove that data survives a restart.
 */
public final class EmbeddedMongo implements AutoCloseable {

	private static final Set<String> SYSTEM_DATABASES = Set.of("admin", "local", "config");

	private final EmbeddedStore store;

	private EmbeddedMongo(EmbeddedStore store) {
		this.store = store;
	}

	public static EmbeddedMongo inMemory() {
		return new EmbeddedMongo(EmbeddedStore.inMemory());
	}

	/**
	 * A store persisting to a file; reopen it with the same file and port to prove that
	 * what was written survives.
	 */
	public static EmbeddedMongo onFile(Path file, int port) {
		try {
			return new EmbeddedMongo(EmbeddedStore.onFile(file, port));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Deletes every document of every database but the system ones, leaving collections
	 * and their indexes: a test class sharing a running service with others starts on an
	 * empty store, as the service would find it after onboarding.
	 */
	public void deleteEveryDocument() {
		try (MongoClient client = MongoClients.create(uri())) {
			for (String name : client.listDatabaseNames()) {
				if (SYSTEM_DATABASES.contains(name)) {
					continue;
				}
				MongoDatabase database = client.getDatabase(name);
				for (String collection : database.listCollectionNames()) {
					database.getCollection(collection).deleteMany(new Document());
				}
			}
		}
	}

	public String uri() {
		return this.store.connectionString();
	}

	public int port() {
		return this.store.port();
	}

	@Override
	public void close() {
		this.store.close();
	}

}
