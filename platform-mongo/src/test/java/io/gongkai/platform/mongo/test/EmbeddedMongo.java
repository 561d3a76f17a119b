package io.gongkai.platform.mongo.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import io.gongkai.store.EmbeddedStore;
import org.bson.Document;

/**
 * The MongoDB-wire store for tests, on 127.0.0.1 and a free port: the platform's own
 * embedded store ({@link EmbeddedStore}, the engine {@code ./gongkai up} runs on), in
 * memory, or on a file when a test must prove that data survives a restart.
 * <p>
 * Given a real MongoDB, by the system property {@value #URI_PROPERTY} or the environment
 * variable {@value #URI_VARIABLE}, every store {@link #inMemory() in memory} is that
 * server instead, emptied as a new store would be: every document of every database but
 * the system ones deleted, collections and indexes kept. The tests run against it
 * unchanged; give them a server of their own, never one holding data to keep. A store on
 * a file stays the embedded one: its tests are of the embedded store's own persistence.
 */
public final class EmbeddedMongo implements AutoCloseable {

	/** The system property naming a real MongoDB for the tests. */
	public static final String URI_PROPERTY = "gongkai.test.mongodb.uri";

	/** The environment variable naming a real MongoDB, when the property does not. */
	public static final String URI_VARIABLE = "GONGKAI_TEST_MONGODB_URI";

	private static final Set<String> SYSTEM_DATABASES = Set.of("admin", "local", "config");

	private final EmbeddedStore store;

	private final String uri;

	private EmbeddedMongo(EmbeddedStore store) {
		this.store = store;
		this.uri = store.connectionString();
	}

	private EmbeddedMongo(String realServer) {
		this.store = null;
		this.uri = realServer;
	}

	/**
	 * An empty store: the embedded one in memory, or the real MongoDB the tests were
	 * given, emptied.
	 */
	public static EmbeddedMongo inMemory() {
		Optional<String> realServer = realServer();
		if (realServer.isPresent()) {
			EmbeddedMongo real = new EmbeddedMongo(realServer.get());
			real.deleteEveryDocument();
			return real;
		}
		return new EmbeddedMongo(EmbeddedStore.inMemory());
	}

	/**
	 * The real MongoDB the tests were given, if any: the system property first, then the
	 * environment variable; blank is none.
	 */
	public static Optional<String> realServer() {
		String uri = System.getProperty(URI_PROPERTY);
		if (uri == null || uri.isBlank()) {
			uri = System.getenv(URI_VARIABLE);
		}
		return (uri == null || uri.isBlank()) ? Optional.empty() : Optional.of(uri.strip());
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
					if (!collection.startsWith("system.")) {
						database.getCollection(collection).deleteMany(new Document());
					}
				}
			}
		}
	}

	public String uri() {
		return this.uri;
	}

	/** Whether this store is the real MongoDB the tests were given. */
	public boolean isRealServer() {
		return this.store == null;
	}

	public int port() {
		if (this.store != null) {
			return this.store.port();
		}
		String host = new ConnectionString(this.uri).getHosts().get(0);
		int colon = host.lastIndexOf(':');
		return (colon < 0 || host.endsWith("]")) ? 27017 : Integer.parseInt(host.substring(colon + 1));
	}

	/** Stops the embedded store; a real server is left running, with its data. */
	@Override
	public void close() {
		if (this.store != null) {
			this.store.close();
		}
	}

}
