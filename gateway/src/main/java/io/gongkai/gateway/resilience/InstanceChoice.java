package io.gongkai.gateway.resilience;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.DefaultResponse;
import org.springframework.cloud.client.loadbalancer.EmptyResponse;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.loadbalancer.core.NoopServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ReactorServiceInstanceLoadBalancer;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;

/**
 * The load balancer of one service: round robin over its instances, each request to the
 * next instance whose circuit lets the call through ({@link InstanceCircuits}). The
 * choice takes the call's permission from the circuit, so an instance whose circuit is
 * open is passed over and a half-open one gets only its trial calls; the filter
 * {@link InstanceCallOutcomes} gives the call's outcome back to that circuit. When no
 * instance's circuit lets the call through, the request fails at once
 * ({@link EveryInstanceOpen}), answered by the fallback with the reason
 * {@code circuit-open}.
 */
class InstanceChoice implements ReactorServiceInstanceLoadBalancer {

	private final String service;

	private final ObjectProvider<ServiceInstanceListSupplier> instances;

	private final InstanceCircuits circuits;

	private final AtomicInteger next = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

	InstanceChoice(String service, ObjectProvider<ServiceInstanceListSupplier> instances, InstanceCircuits circuits) {
		this.service = service;
		this.instances = instances;
		this.circuits = circuits;
	}

	@Override
	public Mono<Response<ServiceInstance>> choose(Request request) {
		ServiceInstanceListSupplier supplier = this.instances.getIfAvailable(NoopServiceInstanceListSupplier::new);
		return supplier.get(request).next().flatMap(this::choose);
	}

	private Mono<Response<ServiceInstance>> choose(List<ServiceInstance> all) {
		if (all.isEmpty()) {
			return Mono.just(new EmptyResponse());
		}
		int first = this.next.getAndIncrement() & Integer.MAX_VALUE;
		for (int offset = 0; offset < all.size(); offset++) {
			ServiceInstance instance = all.get((first + offset) % all.size());
			if (this.circuits.of(instance).tryAcquirePermission()) {
				return Mono.just(new DefaultResponse(instance));
			}
		}
		return Mono.error(new EveryInstanceOpen(this.service));
	}

}
