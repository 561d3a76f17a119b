package io.gongkai.gateway.resilience;

import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.gongkai.gateway.routing.BackendServices;

import org.springframework.cloud.client.ServiceInstance;

/**
 * One Resilience4j circuit breaker per instance of a service, named
 * {@code <service>@<host>:<port>}, in the registry of the services' own circuit breakers.
 * The failures of the calls sent to an instance ({@link ServiceFailures}) open its
 * circuit; while it is open the load balancer leaves the instance out
 * ({@link InstanceChoice}), and once it is half-open the instance gets its trial calls
 * only. An instance that refused a connection (nothing listens: it is gone, restarting)
 * is opened at once, as long as another instance of the service is not open: the requests
 * after it, and the retry of the one that met it, then go to an instance that answers.
 * The last instance not open is never opened by one refusal; its refusals are counted as
 * any other failure.
 */
class InstanceCircuits {

	private static final String SERVICE_TAG = "service";

	private final CircuitBreakerRegistry registry;

	private final CircuitBreakerConfig config;

	private final BackendServices services;

	/**
	 * @param registry where the circuits are kept: the services' own registry, so that
	 * every circuit of the gateway is in one place
	 * @param properties the settings of each instance's circuit
	 * @param services the instances of each service
	 */
	InstanceCircuits(CircuitBreakerRegistry registry, ResilienceProperties properties, BackendServices services) {
		this.registry = registry;
		this.services = services;
		ResilienceProperties.InstanceCircuit settings = properties.instanceCircuit();
		this.config = CircuitBreakerConfig.custom()
			.failureRateThreshold(settings.failureRateThreshold())
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(settings.slidingWindowSize())
			.minimumNumberOfCalls(settings.minimumNumberOfCalls())
			.waitDurationInOpenState(settings.waitDurationInOpenState())
			.permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
			// only the service's own failures count: time-outs, connections refused or
			// cut, 502/503/504; never a 4xx or 500 that one caller's request may have
			// caused
			.recordException(ServiceFailures::isServiceFailure)
			// slow calls never count: a call lasts at most the time limit, beyond which
			// it
			// is a time-out
			.slowCallDurationThreshold(properties.timeout().plusSeconds(1))
			.build();
	}

	/** The circuit of the instance. */
	CircuitBreaker of(ServiceInstance instance) {
		return this.registry.circuitBreaker(name(instance), this.config, Map.of(SERVICE_TAG, instance.getServiceId()));
	}

	/**
	 * Notes that the instance refused a connection (or did not accept one within the
	 * connect time-out): its circuit opens at once while another instance of the service
	 * is not open, else the refusal counts as any other failure.
	 * @param instance the instance called
	 * @param nanos how long the attempt took
	 * @param refusal what the connection attempt raised
	 */
	void refused(ServiceInstance instance, long nanos, ConnectException refusal) {
		CircuitBreaker circuit = of(instance);
		circuit.onError(nanos, TimeUnit.NANOSECONDS, refusal);
		if (circuit.getState() != CircuitBreaker.State.OPEN && anotherNotOpen(instance, circuit)) {
			circuit.transitionToOpenState();
		}
	}

	private boolean anotherNotOpen(ServiceInstance instance, CircuitBreaker circuit) {
		List<?> instances = this.services.services().getOrDefault(instance.getServiceId(), List.of());
		long othersOpen = this.registry.getAllCircuitBreakers()
			.stream()
			.filter((other) -> other != circuit)
			.filter((other) -> instance.getServiceId().equals(other.getTags().get(SERVICE_TAG)))
			.filter((other) -> other.getState() == CircuitBreaker.State.OPEN)
			.count();
		return othersOpen < instances.size() - 1;
	}

	/** {@code <service>@<host>:<port>}: how the access log and the registry name it. */
	static String name(ServiceInstance instance) {
		return instance.getServiceId() + "@" + instance.getHost() + ":" + instance.getPort();
	}

}
