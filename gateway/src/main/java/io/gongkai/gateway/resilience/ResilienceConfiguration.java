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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Applies {@link ResilienceProperties} to every circuit breaker the routes' {@code
 * CircuitBreaker} filters create, and serves their {@code forward:/fallback/<service>}.
 */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration {

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceCircuitBreakers(ResilienceProperties properties) {
		CircuitBreakerConfig circuitBreaker = CircuitBreakerConfig.custom()
			.failureRateThreshold(properties.failureRateThreshold())
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(properties.slidingWindowSize())
			.minimumNumberOfCalls(properties.minimumNumberOfCalls())
			.waitDurationInOpenState(properties.waitDurationInOpenState())
			.permittedNumberOfCallsInHalfOpenState(properties.permittedCallsInHalfOpenState())
			// only the service's own failures count: time-outs, connections refused or
			// cut,
			// 502/503/504; never a 4xx or 500 that one caller's request may have caused
			.recordException(ServiceFailures::isServiceFailure)
			// slow calls: Resilience4j's default threshold (60 s) lies beyond the time
			// limit,
			// so a slow answer within the limit never counts; beyond it, it is a time-out
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
