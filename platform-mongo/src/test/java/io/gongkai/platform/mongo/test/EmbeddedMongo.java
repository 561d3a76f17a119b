package io.gongkai.platform.mongo.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.gongkai.store.EmbeddedStore;

/**
 * The MongoDB-wire store for tests, on 127.0.0.1 and a free port: the platform's own
 * embedded store ({@link EmbeddedStore}, the engine {@code ./gongkai up} runs on), in
 * memory, or on a file when a test must prove that data survives a restart.
 */
public final class EmbeddedMongo implements AutoCloseable {

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
