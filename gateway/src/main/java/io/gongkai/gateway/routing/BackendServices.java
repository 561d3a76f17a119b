package io.gongkai.gateway.routing;

import java.net.URI;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The services behind the gateway, by name ({@code tenant-service}, ...), with their base
 * URIs. The routes in {@code application.yml} point at these URIs; the fallback answers
 * only for these names.
 *
 * @param services base URI of each service, by service name
 */
@Validated
@ConfigurationProperties("gongkai.gateway")
public record BackendServices(@NotEmpty Map<String, URI> services) {

	public boolean isKnown(String name) {
		return this.services.containsKey(name);
	}

}
