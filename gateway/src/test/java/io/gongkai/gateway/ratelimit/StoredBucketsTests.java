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
 * Two gateways' buckets on one store: the limit holds across them, under concurrency; and
 * a gateway whose store is down still limits each caller on its own.
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
			AtomicInteger passed = new AtomicInteger();
			ExecutorService callers = Executors.newFixedThreadPool(8);
			try {
				List<Future<?>> calls = new ArrayList<>();
				for (int i = 0; i < 120; i++) {
					AsyncProxyManager<String> gateway = gateways.get(i % 2);
					calls.add(callers.submit(() -> {
						if (consume(gateway, "420000")) {
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
			assertThat(first.available() && second.available()).as("the store answered throughout").isTrue();
			assertThat(passed).as("requests let through by both gateways together").hasValue(50);
			assertThat(consume(gateways.get(0), "440000")).as("another province's own bucket").isTrue();
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

	private static boolean consume(AsyncProxyManager<String> gateway, String key) {
		CompletableFuture<Boolean> consumed = gateway.builder()
			.build(key, () -> CompletableFuture.completedFuture(FIFTY_AN_HOUR))
			.tryConsume(1);
		return consumed.join();
	}

	private static AsyncProxyManager<String> buckets(GatewayStore store) {
		return new StoredBuckets(store,
				ClientSideConfig.getDefault()
					.withExpirationAfterWriteStrategy(
							ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofHours(1))),
				1000, Runnable::run)
			.asAsync();
	}

	private static GatewayStore store(String uri, Duration timeout) {
		return GatewayStore
			.connect(new GatewayStoreProperties(uri, "gongkai_gateway", timeout, Duration.ofMinutes(1)),
					Clock.systemUTC())
			.orElseThrow();
	}

}
