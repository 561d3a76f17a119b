package io.gongkai.gateway.ratelimit;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketListener;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.RecoveryStrategy;
import io.github.bucket4j.distributed.proxy.RemoteAsyncBucketBuilder;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;

/**
 * The shared buckets decided in this gateway's memory first: each caller's bucket is held
 * here as a Bucket4j proxy with its <em>delaying</em> optimization, which takes a request
 * from the copy of the bucket it last read from the store and writes to the store only
 * once this instance has taken {@code localShare} of the bucket's capacity since, or
 * {@code syncEvery} has passed; concurrent requests of one caller wait for one store call
 * together. Most requests therefore never reach the store.
 * <p>
 * The price is a bounded excess: between two writes each gateway instance may let through
 * up to {@code localShare} of the capacity that another instance has already taken, so
 * across N instances a caller may get up to {@code N × localShare} of the capacity beyond
 * its limit per {@code syncEvery}. A refusal decided here stays until the copy refills or
 * the next store call, never longer than {@code syncEvery}.
 * <p>
 * The keys of the gateway's routes are disjoint by kind (a province code,
 * {@code address:} or {@code key:}), and every route of one kind gives the same limit, so
 * one proxy per key serves all its routes.
 */
final class LocalFirstBuckets implements AsyncProxyManager<String> {

	private final AsyncProxyManager<String> shared;

	private final Cache<String, AsyncBucketProxy> held;

	private final double localShare;

	private final Duration syncEvery;

	LocalFirstBuckets(AsyncProxyManager<String> shared, long trackedCallers, double localShare, Duration syncEvery) {
		this.shared = shared;
		this.held = Caffeine.newBuilder().maximumSize(trackedCallers).expireAfterAccess(1, TimeUnit.HOURS).build();
		this.localShare = localShare;
		this.syncEvery = syncEvery;
	}

	@Override
	public RemoteAsyncBucketBuilder<String> builder() {
		return new HeldBucketBuilder(this.shared.builder());
	}

	@Override
	public CompletableFuture<Void> removeProxy(String key) {
		this.held.invalidate(key);
		return this.shared.removeProxy(key);
	}

	@Override
	public CompletableFuture<Optional<BucketConfiguration>> getProxyConfiguration(String key) {
		return this.shared.getProxyConfiguration(key);
	}

	/**
	 * Tokens this instance may take from its copy of a bucket before it writes to the
	 * store: {@code localShare} of the bucket's smallest capacity, rounded down (0: every
	 * request goes to the store).
	 */
	long unsynchronizedTokens(BucketConfiguration configuration) {
		long capacity = Long.MAX_VALUE;
		for (var bandwidth : configuration.getBandwidths()) {
			capacity = Math.min(capacity, bandwidth.getCapacity());
		}
		return (long) Math.floor(capacity * this.localShare);
	}

	private RemoteAsyncBucketBuilder<String> localFirst(RemoteAsyncBucketBuilder<String> shared,
			BucketConfiguration configuration) {
		long tokens = unsynchronizedTokens(configuration);
		return (tokens > 0)
				? shared.withOptimization(Optimizations.delaying(new DelayParameters(tokens, this.syncEvery))) : shared;
	}

	/**
	 * The builder the rate limiter asks for on every request: it hands out the proxy held
	 * for the key, building it once.
	 */
	private final class HeldBucketBuilder implements RemoteAsyncBucketBuilder<String> {

		private RemoteAsyncBucketBuilder<String> shared;

		HeldBucketBuilder(RemoteAsyncBucketBuilder<String> shared) {
			this.shared = shared;
		}

		@Override
		public RemoteAsyncBucketBuilder<String> withRecoveryStrategy(RecoveryStrategy recoveryStrategy) {
			this.shared = this.shared.withRecoveryStrategy(recoveryStrategy);
			return this;
		}

		@Override
		public RemoteAsyncBucketBuilder<String> withOptimization(Optimization optimization) {
			this.shared = this.shared.withOptimization(optimization);
			return this;
		}

		@Override
		public RemoteAsyncBucketBuilder<String> withImplicitConfigurationReplacement(long desiredConfigurationVersion,
				TokensInheritanceStrategy tokensInheritanceStrategy) {
			this.shared = this.shared.withImplicitConfigurationReplacement(desiredConfigurationVersion,
					tokensInheritanceStrategy);
			return this;
		}

		@Override
		public RemoteAsyncBucketBuilder<String> withListener(BucketListener listener) {
			this.shared = this.shared.withListener(listener);
			return this;
		}

		@Override
		public AsyncBucketProxy build(String key, BucketConfiguration configuration) {
			return build(key, () -> CompletableFuture.completedFuture(configuration));
		}

		@Override
		public AsyncBucketProxy build(String key, Supplier<CompletableFuture<BucketConfiguration>> configuration) {
			return LocalFirstBuckets.this.held.get(key, (held) -> {
				BucketConfiguration limit = configuration.get().join();
				return localFirst(this.shared, limit).build(key, () -> CompletableFuture.completedFuture(limit));
			});
		}

	}

}
