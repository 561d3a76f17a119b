package io.gongkai.gateway.ratelimit;

import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.gongkai.gateway.store.GatewayStore;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token buckets every gateway instance shares: one document per bucket in the gateway's
 * store ({@code gongkai_gateway.rate_limit_buckets}), changed by compare-and-swap
 * (Bucket4j reads the bucket's state, computes the new one and writes it only if the
 * document still holds what it read, retrying otherwise). Each request costs one read and
 * one conditional write.
 * <p>
 * When the store fails, the limit <em>fails open to this instance's memory</em>: each
 * gateway keeps its own buckets until the store answers again (after
 * {@code retry-after}), so the platform stays reachable and each instance still holds the
 * limit on its own; a province may then send up to the limit times the number of
 * gateways.
 */
class StoredBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

	static final String COLLECTION = "rate_limit_buckets";

	private static final Logger log = LoggerFactory.getLogger(StoredBuckets.class);

	private final GatewayStore store;

	private final MongoCollection<Document> buckets;

	private final ConcurrentMap<String, byte[]> ownMemory;

	private final Executor executor;

	StoredBuckets(GatewayStore store, ClientSideConfig config, long trackedCallers, Executor executor) {
		super(config);
		this.store = store;
		this.buckets = store.database().getCollection(COLLECTION);
		this.ownMemory = Caffeine.newBuilder()
			.maximumSize(trackedCallers)
			.expireAfterAccess(1, TimeUnit.HOURS)
			.<String, byte[]>build()
			.asMap();
		this.executor = executor;
		expireUnusedBuckets();
	}

	/**
	 * A MongoDB removes a bucket's document once it would be full again anyway; a store
	 * that does not know TTL indexes keeps them (one small document per caller).
	 */
	private void expireUnusedBuckets() {
		try {
			this.buckets.createIndex(Indexes.ascending("expiresAt"),
					new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
		}
		catch (MongoException ex) {
			log.info("No expiry index on the rate limits' buckets ({}); they stay until removed",
					ex.getClass().getSimpleName());
		}
	}

	@Override
	protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
		return new CompareAndSwapOperation() {

			@Override
			public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
				return StoredBuckets.this.store.call(() -> Optional.ofNullable(stored(key)),
						() -> Optional.ofNullable(StoredBuckets.this.ownMemory.get(key)));
			}

			@Override
			public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
					Optional<Long> timeoutNanos) {
				return StoredBuckets.this.store.call(() -> swapStored(key, originalData, newData, newState),
						() -> swapInOwnMemory(key, originalData, newData));
			}

		};
	}

	@Override
	protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
		CompareAndSwapOperation operation = beginCompareAndSwapOperation(key);
		return new AsyncCompareAndSwapOperation() {

			@Override
			public CompletableFuture<Optional<byte[]>> getStateData(Optional<Long> timeoutNanos) {
				return CompletableFuture.supplyAsync(() -> operation.getStateData(timeoutNanos),
						StoredBuckets.this.executor);
			}

			@Override
			public CompletableFuture<Boolean> compareAndSwap(byte[] originalData, byte[] newData,
					RemoteBucketState newState, Optional<Long> timeoutNanos) {
				return CompletableFuture.supplyAsync(
						() -> operation.compareAndSwap(originalData, newData, newState, timeoutNanos),
						StoredBuckets.this.executor);
			}

		};
	}

	private byte[] stored(String key) {
		Document bucket = this.buckets.find(Filters.eq("_id", key)).first();
		return (bucket != null) ? bucket.get("state", Binary.class).getData() : null;
	}

	private boolean swapStored(String key, byte[] originalData, byte[] newData, RemoteBucketState newState) {
		Date expiresAt = expiresAt(newState);
		if (originalData == null) {
			try {
				this.buckets.insertOne(
						new Document("_id", key).append("state", new Binary(newData)).append("expiresAt", expiresAt));
				return true;
			}
			catch (MongoWriteException ex) {
				if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
					return false;
				}
				throw ex;
			}
		}
		return this.buckets
			.updateOne(Filters.and(Filters.eq("_id", key), Filters.eq("state", new Binary(originalData))),
					Updates.combine(Updates.set("state", new Binary(newData)), Updates.set("expiresAt", expiresAt)))
			.getMatchedCount() == 1;
	}

	/**
	 * The same swap in this instance's memory; the state read from it is the one held.
	 */
	private boolean swapInOwnMemory(String key, byte[] originalData, byte[] newData) {
		return (originalData == null) ? this.ownMemory.putIfAbsent(key, newData) == null
				: this.ownMemory.replace(key, originalData, newData);
	}

	private Date expiresAt(RemoteBucketState state) {
		long ttl = getClientSideConfig().getExpirationAfterWriteStrategy()
			.map((strategy) -> strategy.calculateTimeToLiveMillis(state, currentTimeNanos()))
			.orElse(TimeUnit.HOURS.toMillis(1));
		return new Date(System.currentTimeMillis() + Math.max(ttl, 1000));
	}

	@Override
	public void removeProxy(String key) {
		this.ownMemory.remove(key);
		this.store.call(() -> this.buckets.deleteOne(Filters.eq("_id", key)), () -> null);
	}

	@Override
	protected CompletableFuture<Void> removeAsync(String key) {
		return CompletableFuture.runAsync(() -> removeProxy(key), this.executor);
	}

	@Override
	public boolean isExpireAfterWriteSupported() {
		return true;
	}

	@Override
	public boolean isAsyncModeSupported() {
		return true;
	}

}
