package io.gongkai.gateway.ratelimit;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.gongkai.gateway.store.GatewayStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Schedulers;

import org.springframework.cloud.gateway.filter.ratelimit.Bucket4jRateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The token buckets of the gateway's {@link Bucket4jRateLimiter}: one per province, per
 * client address of the public read and per API key. With a store configured
 * ({@code gongkai.gateway.store.uri}) they live in it and every gateway instance shares
 * them ({@link StoredBuckets}), each instance deciding from its own copy first
 * ({@link LocalFirstBuckets}); without one each instance keeps its own in a Caffeine
 * cache, and with N instances a caller may send up to N times the limit.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

	@Bean
	AsyncProxyManager<String> provinceBuckets(RateLimitProperties properties, Optional<GatewayStore> store) {
		ExpirationAfterWriteStrategy expiry = ExpirationAfterWriteStrategy
			.basedOnTimeForRefillingBucketUpToMax(properties.period());
		if (store.isPresent()) {
			log.info("Rate limits shared by every gateway instance, in the gateway's store");
			AsyncProxyManager<String> shared = new StoredBuckets(store.get(),
					ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(expiry), properties.trackedCallers(),
					(task) -> Schedulers.boundedElastic().schedule(task))
				.asAsync();
			return new LocalFirstBuckets(shared, properties.trackedCallers(), properties.localShare(),
					properties.syncEvery());
		}
		log.info("Rate limits in this gateway instance's memory (no store configured)");
		return Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(properties.trackedCallers()))
			.expirationAfterWrite(expiry)
			.build()
			.asAsync();
	}

	/** The signed-in routes' key, and the rate limiter's default. */
	@Bean
	@Primary
	KeyResolver provinceKeyResolver() {
		return new ProvinceKeyResolver();
	}

	/** The public read's key: the client's address (see {@code public-rate-limit}). */
	@Bean
	KeyResolver clientAddressKeyResolver() {
		return new ClientAddressKeyResolver();
	}

}
