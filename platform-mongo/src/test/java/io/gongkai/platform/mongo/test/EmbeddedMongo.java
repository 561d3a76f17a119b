package io.gongkai.platform.mongo.test;

import java.net.InetSocketAddress;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The MongoDB-wire store for tests, on 127.0.0.1 and a free port: in memory, or on an H2
 * file when a test must prove that data survives a restart.
 */
public final class EmbeddedMongo implements AutoCloseable {

	private final MongoServer server;

	private final InetSocketAddress address;

	private EmbeddedMongo(MongoBackend backend, int port) {
		this.server = new MongoServer(backend);
		this.server.bind("127.0.0.1", port);
		this.address = this.server.getLocalAddress();
	}

	public static EmbeddedMongo inMemory() {
		return new EmbeddedMongo(new MemoryBackend(), 0);
	}

	/**
	 * A store persisting to an H2 file; reopen it with the same file and port to prove
	 * that what was written survives.
	 */
	public static EmbeddedMongo onFile(Path file, int port) {
		return new EmbeddedMongo(H2Backends.open(file), port);
	}

	public String uri() {
		return "mongodb://127.0.0.1:" + this.address.getPort();
	}

	public int port() {
		return this.address.getPort();
	}

	@Override
	public void close() {
		this.server.shutdownNow();
	}

}
