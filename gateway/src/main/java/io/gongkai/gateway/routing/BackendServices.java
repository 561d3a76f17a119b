package io.gongkai.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The services behind the gateway, by name ({@code tenant-service}, ...), with the base
 * URIs of their instances. The routes in {@code application.yml} go to
 * {@code lb://<name>}, and Spring Cloud LoadBalancer spreads them over these instances
 * ({@link BackendInstances}); the fallback answers only for these names.
 *
 * @param services base URIs of each service's instances, by service name: one URI (for
 * example a Kubernetes Service's address) or several (instances on one machine)
 */
@Validated
@ConfigurationProperties("gongkai.gateway")
public record BackendServices(@NotEmpty Map<String, List<URI>> services) {

	public boolean isKnown(String name) {
		return this.services.containsKey(name);
	}

}
