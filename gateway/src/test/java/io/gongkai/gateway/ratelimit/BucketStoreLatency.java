package io.gongkai.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.gongkai.gateway.store.GatewayStore;
import io.gongkai.gateway.store.GatewayStoreProperties;
import io.gongkai.platform.mongo.test.EmbeddedMongo;

/**
 * What the shared buckets cost per request, against the in-memory ones, every request to
 * the store and decided locally first (the gateway's default): the time of one
 * {@code tryConsume} (p50, p99) on one caller, and how many a gateway decides per second
 * with 8 callers over the 35 provinces' buckets. Not a test: run by hand
 * (docs/benchmarks.md), with {@code [requests] [mongodb-uri]}; without a URI it starts
 * the embedded store in memory.
 */
final class BucketStoreLatency {

	private static final BucketConfiguration GENEROUS = BucketConfiguration.builder()
		.addLimit((limit) -> limit.capacity(1_000_000_000L).refillGreedy(1_000_000_000L, Duration.ofSeconds(1)))
		.build();

	private BucketStoreLatency() {
	}

	public static void main(String[] args) throws Exception {
		int requests = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		EmbeddedMongo embedded = (args.length > 1) ? null : EmbeddedMongo.inMemory();
		String uri = (embedded != null) ? embedded.uri() : args[1];
		ExpirationAfterWriteStrategy expiry = ExpirationAfterWriteStrategy
			.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(1));
		AsyncProxyManager<String> inMemory = Bucket4jCaffeine
			.<String>builderFor(Caffeine.newBuilder().maximumSize(1000))
			.expirationAfterWrite(expiry)
			.build()
			.asAsync();
		try (GatewayStore store = GatewayStore
			.connect(new GatewayStoreProperties(uri, "gongkai_gateway_latency", Duration.ofSeconds(5),
					Duration.ofSeconds(5)), Clock.systemUTC())
			.orElseThrow()) {
			AsyncProxyManager<String> shared = new StoredBuckets(store,
					ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(expiry), 1000, Runnable::run)
				.asAsync();
			measure("in memory (Caffeine)", inMemory, requests);
			measure("shared (store)", shared, requests);
			measure("shared, local first", new LocalFirstBuckets(shared, 1000, 0.05, Duration.ofMillis(100)), requests);
		}
		finally {
			if (embedded != null) {
				embedded.close();
			}
		}
	}

	private static void measure(String name, AsyncProxyManager<String> buckets, int requests) throws Exception {
		for (int i = 0; i < requests / 4; i++) {
			consume(buckets, "province-" + (i % 35));
		}
		long[] nanos = new long[requests];
		for (int i = 0; i < requests; i++) {
			long start = System.nanoTime();
			consume(buckets, "420000");
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		ExecutorService callers = Executors.newFixedThreadPool(8);
		long start = System.nanoTime();
		Future<?>[] running = new Future<?>[8];
		for (int t = 0; t < 8; t++) {
			int caller = t;
			running[t] = callers.submit(() -> {
				for (int i = 0; i < requests / 8; i++) {
					consume(buckets, "province-" + ((caller * 7 + i) % 35));
				}
			});
		}
		for (Future<?> future : running) {
			future.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		callers.shutdown();
		System.out.printf("%-22s one caller: p50 %6.1f µs, p99 %7.1f µs; 8 callers, 35 buckets: %,.0f decisions/s%n",
				name, nanos[requests / 2] / 1e3, nanos[(int) (requests * 0.99)] / 1e3, requests / seconds);
	}

	private static boolean consume(AsyncProxyManager<String> buckets, String key) {
		return buckets.builder().build(key, () -> CompletableFuture.completedFuture(GENEROUS)).tryConsume(1).join();
	}

}
