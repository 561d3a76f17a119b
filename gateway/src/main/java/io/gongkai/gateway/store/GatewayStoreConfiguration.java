package io.gongkai.gateway.store;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's store, only when {@code gongkai.gateway.store.uri} names one; the rate
 * limits and the API keys take an {@code Optional<GatewayStore>} and keep to each
 * instance's memory without.
 */
@Configuration(proxyBeanMethods = false)
class GatewayStoreConfiguration {

	@Bean
	@ConditionalOnExpression("!'${gongkai.gateway.store.uri:}'.isBlank()")
	GatewayStore gatewayStore(GatewayStoreProperties properties) {
		return GatewayStore.connect(properties, Clock.systemUTC()).orElseThrow();
	}

}
