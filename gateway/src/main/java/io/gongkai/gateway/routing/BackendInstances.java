package io.gongkai.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

import reactor.core.publisher.Flux;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.stereotype.Component;

/**
 * The instances of each service, as the settings list them ({@link BackendServices}):
 * what Spring Cloud LoadBalancer chooses from, in turn, for the routes' {@code lb://}
 * URIs. A service given one URI has one instance, and every request goes there. Which of
 * them may be called now is the circuits' decision, at the choice (the gateway's load
 * balancer, {@code InstanceChoice}).
 */
@Component
class BackendInstances implements ReactiveDiscoveryClient {

	private final BackendServices services;

	BackendInstances(BackendServices services) {
		this.services = services;
	}

	@Override
	public String description() {
		return "the instances of each service listed in gongkai.gateway.services";
	}

	@Override
	public Flux<ServiceInstance> getInstances(String serviceId) {
		List<URI> uris = this.services.services().getOrDefault(serviceId, List.of());
		return Flux.fromStream(
				IntStream.range(0, uris.size()).mapToObj((index) -> instance(serviceId, index, uris.get(index))));
	}

	@Override
	public Flux<String> getServices() {
		return Flux.fromIterable(this.services.services().keySet());
	}

	private static ServiceInstance instance(String serviceId, int index, URI uri) {
		boolean secure = "https".equalsIgnoreCase(uri.getScheme());
		int port = (uri.getPort() != -1) ? uri.getPort() : (secure ? 443 : 80);
		return new DefaultServiceInstance(serviceId + "-" + (index + 1), serviceId, uri.getHost(), port, secure);
	}

}
