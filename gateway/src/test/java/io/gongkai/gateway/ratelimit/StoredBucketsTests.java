package io.gongkai.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.gongkai.gateway.store.GatewayStore;
import io.gongkai.gateway.store.GatewayStoreProperties;
import io.gongkai.platform.mongo.test.EmbeddedMongo;
import io.gongkai.platform.security.test.LocalServers;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateways' buckets on one store: the limit holds across them, under concurrency,
 * exactly when every request goes to the store and within the gateways' local shares when
 * they decide from their own copies first, which spares most store calls; and a gateway
 * whose store is down still limits each caller on its own.
 */
class StoredBucketsTests {

	private static final BucketConfiguration FIFTY_AN_HOUR = BucketConfiguration.builder()
		.addLimit((limit) -> limit.capacity(50).refillIntervally(50, Duration.ofHours(1)))
		.build();

	@AutoClose
	private static final EmbeddedMongo mongo = EmbeddedMongo.inMemory();

	@Test
	void twoGatewaysOnOneStoreLetThroughNoMoreThanTheLimitBetweenThemUnderConcurrency() throws Exception {
		try (GatewayStore first = store(mongo.uri(), Duration.ofSeconds(10));
				GatewayStore second = store(mongo.uri(), Duration.ofSeconds(10))) {
			List<AsyncProxyManager<String>> gateways = List.of(buckets(first), buckets(second));
			int passed = concurrently(120, gateways, "420000");
			assertThat(first.available() && second.available()).as("the store answered throughout").isTrue();
			assertThat(passed).as("requests let through by both gateways together").isEqualTo(50);
			assertThat(consume(gateways.get(0), "440000")).as("another province's own bucket").isTrue();
		}
	}

	@Test
	void twoGatewaysDecidingLocallyFirstExceedTheLimitBetweenThemByNoMoreThanTheirLocalShares() throws Exception {
		try (GatewayStore first = store(mongo.uri(), Duration.ofSeconds(10));
				GatewayStore second = store(mongo.uri(), Duration.ofSeconds(10))) {
			// a tenth of 50: each gateway takes at most 5 from its own copy between store
			// calls
			List<AsyncProxyManager<String>> gateways = List.of(localFirst(buckets(first), 0.1),
					localFirst(buckets(second), 0.1));
			int passed = concurrently(120, gateways, "430000");
			assertThat(first.available() && second.available()).as("the store answered throughout").isTrue();
			assertThat(passed).as("requests let through by both gateways together").isBetween(50, 50 + 2 * 5);
		}
	}

	@Test
	void aGatewayDecidingLocallyFirstCallsTheStoreOnlyOnceItsShareIsTaken() throws Exception {
		try (GatewayStore store = store(mongo.uri(), Duration.ofSeconds(10))) {
			AtomicInteger everyRequest = new AtomicInteger();
			AtomicInteger localFirst = new AtomicInteger();
			AsyncProxyManager<String> toTheStore = localFirst(buckets(store, everyRequest), 0);
			AsyncProxyManager<String> tenthLocally = localFirst(buckets(store, localFirst), 0.1);
			for (int i = 0; i < 40; i++) {
				assertThat(consume(toTheStore, "450000")).isTrue();
				assertThat(consume(tenthLocally, "460000")).isTrue();
			}
			assertThat(everyRequest).as("store calls with no local share: a read and a write per request")
				.hasValueGreaterThanOrEqualTo(80);
			// the first request reads the store, then every sixth: 5 taken locally in
			// between
			assertThat(localFirst).as("store calls with a tenth of 50 taken locally").hasValueLessThanOrEqualTo(16);
		}
	}

	@Test
	void aGatewayWhoseStoreIsDownStillLimitsEachCallerInItsOwnMemory() throws Exception {
		try (GatewayStore unreachable = store("mongodb://127.0.0.1:" + LocalServers.freePort(),
				Duration.ofMillis(300))) {
			AsyncProxyManager<String> gateway = buckets(unreachable);
			int passed = 0;
			for (int i = 0; i < 60; i++) {
				passed += consume(gateway, "420000") ? 1 : 0;
			}
			assertThat(passed).as("requests let through while the store is down").isEqualTo(50);
			assertThat(unreachable.available()).as("the store is left alone after it failed").isFalse();
		}
	}

	/** Requests from 8 threads, alternating between the gateways; how many passed. */
	private static int concurrently(int requests, List<AsyncProxyManager<String>> gateways, String key)
			throws Exception {
		AtomicInteger passed = new AtomicInteger();
		ExecutorService callers = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				AsyncProxyManager<String> gateway = gateways.get(i % gateways.size());
				calls.add(callers.submit(() -> {
					if (consume(gateway, key)) {
						passed.incrementAndGet();
					}
				}));
			}
			for (Future<?> call : calls) {
				call.get();
			}
		}
		finally {
			callers.shutdown();
		}
		return passed.get();
	}

	private static AsyncProxyManager<String> localFirst(AsyncProxyManager<String> shared, double localShare) {
		return new LocalFirstBuckets(shared, 1000, localShare, Duration.ofHours(1));
	}

	private static boolean consume(AsyncProxyManager<String> gateway, String key) {
		CompletableFuture<Boolean> consumed = gateway.builder()
			.build(key, () -> CompletableFuture.completedFuture(FIFTY_AN_HOUR))
			.tryConsume(1);
		return consumed.join();
	}

	private static AsyncProxyManager<String> buckets(GatewayStore store) {
		return buckets(store, new AtomicInteger());
	}

	/** The shared buckets on the store, counting each call to it. */
	private static AsyncProxyManager<String> buckets(GatewayStore store, AtomicInteger storeCalls) {
		return new StoredBuckets(store,
				ClientSideConfig.getDefault()
					.withExpirationAfterWriteStrategy(
							ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofHours(1))),
				1000, (call) -> {
					storeCalls.incrementAndGet();
					call.run();
				})
			.asAsync();
	}

	private static GatewayStore store(String uri, Duration timeout) {
		return GatewayStore
			.connect(new GatewayStoreProperties(uri, "gongkai_gateway", timeout, Duration.ofMinutes(1)),
					Clock.systemUTC())
			.orElseThrow();
	}

}
