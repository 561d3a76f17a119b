package io.gongkai.gateway.resilience;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.gongkai.gateway.problem.ProblemResponses;
import io.gongkai.gateway.routing.BackendServices;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Applies {@link ResilienceProperties} to what the routes' {@code CircuitBreaker} filters
 * create for each service (its time limit and bulkhead; its circuit counts nothing, the
 * instances' circuits do), gives every service the load balancer that leaves out the
 * instances whose circuit is open ({@link InstanceChoice}), and serves the routes'
 * {@code forward:/fallback/<service>}.
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = InstanceChoiceConfiguration.class)
class ResilienceConfiguration {

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceCircuitBreakers(ResilienceProperties properties) {
		CircuitBreakerConfig circuitBreaker = CircuitBreakerConfig.custom()
			// the service's circuit counts nothing: each failure is counted against the
			// instance that failed (InstanceCircuits), so that one slow or gone instance
			// never takes the whole service away; the service is unavailable when every
			// instance's circuit is open, and then InstanceChoice fails the call at once
			.recordException((failure) -> false)
			.slowCallDurationThreshold(properties.timeout().plusSeconds(1))
			.build();
		TimeLimiterConfig timeLimiter = TimeLimiterConfig.custom()
			.timeoutDuration(properties.timeout())
			.cancelRunningFuture(true)
			.build();
		return (factory) -> factory
			.configureDefault((id) -> new Resilience4JConfigBuilder(id).circuitBreakerConfig(circuitBreaker)
				.timeLimiterConfig(timeLimiter)
				.build());
	}

	@Bean
	InstanceCircuits instanceCircuits(ReactiveResilience4JCircuitBreakerFactory circuitBreakers,
			ResilienceProperties properties, BackendServices services) {
		return new InstanceCircuits(circuitBreakers.getCircuitBreakerRegistry(), properties, services);
	}

	@Bean
	Customizer<ReactiveResilience4jBulkheadProvider> serviceBulkheads(ResilienceProperties properties) {
		BulkheadConfig bulkhead = BulkheadConfig.custom().maxConcurrentCalls(properties.maxConcurrentCalls()).build();
		return (provider) -> provider
			.configureDefault((id) -> new Resilience4jBulkheadConfigurationBuilder().bulkheadConfig(bulkhead).build());
	}

	@Bean
	RouterFunction<ServerResponse> serviceFallbackRoute(BackendServices services, ProblemResponses problems) {
		return RouterFunctions.route(RequestPredicates.path("/fallback/{service}"),
				new ServiceFallback(services, problems));
	}

}
