package io.gongkai.gateway.apikey;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.gongkai.gateway.problem.ProblemResponses;
import io.gongkai.gateway.store.GatewayStore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public API keys: kept in the gateway's store when one is configured (every instance
 * sees every key), else in this instance's memory; their uses added to the store every
 * {@code use-flush-interval}.
 */
@Configuration(proxyBeanMethods = false)
class ApiKeyConfiguration {

	@Bean
	ApiKeys apiKeys(Optional<GatewayStore> store,
			@Value("${gongkai.gateway.api-keys.check-cache:10s}") Duration checkCache,
			@Value("${gongkai.gateway.api-keys.requests-per-address-per-day:5}") int perAddressPerDay) {
		ApiKeyStore keys = store.<ApiKeyStore>map(StoredKeys::new).orElseGet(KeysInMemory::new);
		return new ApiKeys(keys, Clock.systemUTC(), checkCache, perAddressPerDay);
	}

	@Bean
	UseCounting useCounting(ApiKeys keys,
			@Value("${gongkai.gateway.api-keys.use-flush-interval:5s}") Duration interval) {
		return new UseCounting(keys, interval);
	}

	@Bean
	ApiKeyFilter apiKeyFilter(ApiKeys keys, ProblemResponses problems) {
		return new ApiKeyFilter(keys, problems);
	}

	/** The public read's key with an API key (see {@code api-key-rate-limit}). */
	@Bean
	KeyResolver apiKeyResolver() {
		return new ApiKeyResolver();
	}

	/**
	 * Adds the counted uses to the store at a fixed interval, and once more on shutdown.
	 */
	static final class UseCounting implements DisposableBean {

		private final ApiKeys keys;

		private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "api-key-uses");
			thread.setDaemon(true);
			return thread;
		});

		UseCounting(ApiKeys keys, Duration interval) {
			this.keys = keys;
			this.timer.scheduleWithFixedDelay(keys::flushUses, interval.toMillis(), interval.toMillis(),
					TimeUnit.MILLISECONDS);
		}

		@Override
		public void destroy() {
			this.timer.shutdown();
			this.keys.flushUses();
		}

	}

}
