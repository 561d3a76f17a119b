package io.gongkai.gateway.store;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's database in the platform's MongoDB, when one is configured, with short
 * time-outs: the store is on every request's way. After a failure the store is left alone
 * for {@code retry-after}, and callers use their own memory meanwhile ({@link #call}).
 */
public final class GatewayStore implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(GatewayStore.class);

	private final MongoClient client;

	private final MongoDatabase database;

	private final long retryAfterMillis;

	private final Clock clock;

	private final AtomicLong downUntil = new AtomicLong();

	private GatewayStore(MongoClient client, MongoDatabase database, long retryAfterMillis, Clock clock) {
		this.client = client;
		this.database = database;
		this.retryAfterMillis = retryAfterMillis;
		this.clock = clock;
	}

	/** The store the settings name, or none when they name none. */
	public static Optional<GatewayStore> connect(GatewayStoreProperties properties, Clock clock) {
		if (!properties.configured()) {
			return Optional.empty();
		}
		int timeout = (int) properties.timeout().toMillis();
		MongoClientSettings settings = MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(properties.uri()))
			.applyToClusterSettings((cluster) -> cluster.serverSelectionTimeout(timeout, TimeUnit.MILLISECONDS))
			.applyToSocketSettings((socket) -> socket.connectTimeout(timeout, TimeUnit.MILLISECONDS)
				.readTimeout(timeout, TimeUnit.MILLISECONDS))
			.build();
		MongoClient client = MongoClients.create(settings);
		return Optional.of(new GatewayStore(client, client.getDatabase(properties.database()),
				properties.retryAfter().toMillis(), clock));
	}

	public MongoDatabase database() {
		return this.database;
	}

	/**
	 * Whether the store is worth asking: it has not failed within {@code retry-after}.
	 */
	public boolean available() {
		return this.clock.millis() >= this.downUntil.get();
	}

	/**
	 * The work's answer from the store, or {@code fallback}'s when the store failed now
	 * or within {@code retry-after}.
	 */
	public <T> T call(Supplier<T> work, Supplier<T> fallback) {
		if (!available()) {
			return fallback.get();
		}
		try {
			return work.get();
		}
		catch (MongoException ex) {
			markDown(ex);
			return fallback.get();
		}
	}

	/** Notes a failure of the store: it is left alone for {@code retry-after}. */
	public void markDown(MongoException failure) {
		long now = this.clock.millis();
		if (this.downUntil.getAndSet(now + this.retryAfterMillis) <= now) {
			log.warn("The gateway's store failed ({}); using each instance's own memory for {} ms",
					failure.getClass().getSimpleName(), this.retryAfterMillis);
		}
	}

	@Override
	public void close() {
		this.client.close();
	}

}
