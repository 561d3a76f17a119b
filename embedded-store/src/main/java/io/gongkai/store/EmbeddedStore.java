package io.gongkai.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB-wire store used when no {@code GONGKAI_MONGODB_URI} is given:
 * mongo-java-server with its H2 backend, persisting to {@code <data>/store/gongkai.mv}
 * and listening on 127.0.0.1 only.
 *
 * <p>
 * Run as its own process: {@code java -Dloader.main=io.gongkai.store.EmbeddedStore
 * -jar deploy.jar}, reading {@code GONGKAI_DATA_DIR} (default {@code ./data}) and
 * {@code GONGKAI_STORE_PORT} (default 27018).
 */
public final class EmbeddedStore implements AutoCloseable {

	/** The port used when {@code GONGKAI_STORE_PORT} is not set. */
	public static final int DEFAULT_PORT = 27018;

	/**
	 * Threads answering the clients' commands. Each connection is served by one of them
	 * from start to end, and a command runs to its end before the next on that thread:
	 * with Netty's default of two per core, a synchronisation reading 500 reports held up
	 * every save on the connections sharing its thread (a second's stall for agencies
	 * under load). With many, the operating system shares the cores between a long read
	 * and the short commands instead.
	 */
	static final int WORKER_THREADS = 32;

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedStore.class);

	private final Path file;

	private final H2Backend backend;

	private final MongoServer server;

	private final InetSocketAddress address;

	private boolean closed;

	private EmbeddedStore(Path file, H2Backend backend, MongoServer server, InetSocketAddress address) {
		this.file = file;
		this.backend = backend;
		this.server = server;
		this.address = address;
	}

	/**
	 * A third of the heap for the store file's pages: a page read from the cache costs
	 * nothing, a page read from the file is deserialised whole (the library's default of
	 * 16 MB made nearly every read of a report a page read).
	 */
	static int pageCacheMegabytes() {
		return (int) Math.max(16, Runtime.getRuntime().maxMemory() / 3 / (1024 * 1024));
	}

	/**
	 * A thirty-second of the heap, between 16 and 256 MB, for changed pages waiting to be
	 * written: H2's default of 19 MB made the store commit several times a second while a
	 * synchronisation inserted reports.
	 */
	static int commitBufferMegabytes() {
		return (int) Math.min(256, Math.max(16, Runtime.getRuntime().maxMemory() / 32 / (1024 * 1024)));
	}

	/**
	 * Opens (or creates) the store file under {@code dataDir/store} and listens on
	 * 127.0.0.1.
	 * @param dataDir the data folder
	 * @param port the port, 0 for any free port
	 * @return the running store
	 * @throws IOException if the store folder cannot be created
	 */
	public static EmbeddedStore start(Path dataDir, int port) throws IOException {
		return onFile(dataDir.resolve("store").resolve("gongkai.mv"), port);
	}

	/**
	 * Opens (or creates) the store file {@code file} and listens on 127.0.0.1: reopen the
	 * same file to find what was written.
	 * @param file the store file
	 * @param port the port, 0 for any free port
	 * @return the running store
	 * @throws IOException if the file's folder cannot be created
	 */
	public static EmbeddedStore onFile(Path file, int port) throws IOException {
		Path absolute = file.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		return listen(absolute, IndexedLookups.open(absolute.toString(), pageCacheMegabytes(), commitBufferMegabytes()),
				port);
	}

	/**
	 * The same store holding its data in memory only, on 127.0.0.1 and a free port: what
	 * the services' tests run on.
	 * @return the running store
	 */
	public static EmbeddedStore inMemory() {
		return listen(null, IndexedLookups.inMemoryOnly(), 0);
	}

	private static EmbeddedStore listen(Path file, H2Backend backend, int port) {
		MongoServer server = new MongoServer(backend);
		try {
			server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKER_THREADS);
		}
		catch (RuntimeException ex) {
			backend.close();
			throw ex;
		}
		InetSocketAddress address = server.getLocalAddress();
		if (file != null) {
			logger.info("Embedded store listening on 127.0.0.1:{}, data in {}, page cache {} MB, commit buffer {} MB",
					address.getPort(), file, pageCacheMegabytes(), commitBufferMegabytes());
		}
		return new EmbeddedStore(file, backend, server, address);
	}

	/**
	 * The port the store listens on.
	 * @return the port
	 */
	public int port() {
		return this.address.getPort();
	}

	/**
	 * The connection string clients use.
	 * @return {@code mongodb://127.0.0.1:<port>}
	 */
	public String connectionString() {
		return "mongodb://127.0.0.1:" + port();
	}

	/**
	 * The file the data lives in.
	 * @return the MVStore file, {@code null} for a store in memory
	 */
	public Path file() {
		return this.file;
	}

	/**
	 * Stops listening, commits what is pending and closes the file.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		if (this.file == null) {
			this.server.shutdownNow();
			return;
		}
		logger.info("Embedded store stopping: flushing {}", this.file);
		this.server.stopListening();
		this.backend.commit();
		this.server.shutdown();
		logger.info("Embedded store stopped");
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(System.getenv().getOrDefault("GONGKAI_DATA_DIR", "data"));
		int port = parsePort(System.getenv("GONGKAI_STORE_PORT"));
		EmbeddedStore store;
		try {
			store = start(dataDir, port);
		}
		catch (RuntimeException ex) {
			logger.error("Embedded store could not start on 127.0.0.1:{}: {}", port, ex.getMessage());
			System.exit(1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			store.close();
			stopped.countDown();
		}, "embedded-store-shutdown"));
		stopped.await();
	}

	private static int parsePort(String value) {
		if (value == null || value.isBlank()) {
			return DEFAULT_PORT;
		}
		return Integer.parseInt(value.trim());
	}

}
