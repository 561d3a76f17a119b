package io.gongkai.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;

import org.springframework.cloud.gateway.filter.ratelimit.Bucket4jRateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * In-memory token buckets for the gateway's {@link Bucket4jRateLimiter}, one per
 * province, kept in a Caffeine cache: no Redis needed while a single gateway runs (with
 * several replicas each counts on its own; switch the proxy manager to Redis then).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	AsyncProxyManager<String> provinceBuckets(RateLimitProperties properties) {
		return Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(properties.trackedCallers()))
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(properties.period()))
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
