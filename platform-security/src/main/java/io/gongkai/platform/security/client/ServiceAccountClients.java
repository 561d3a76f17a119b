package io.gongkai.platform.security.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * The guarded calls to neighbours ({@link Neighbour}): another service, or Keycloak's
 * admin API, called as the platform's service account (a client-credentials token of the
 * {@code gongkai-service} client on every request), or with the caller's own token, which
 * the request then sets itself.
 */
public class ServiceAccountClients {

	/** The client registration of the service account. */
	public static final String REGISTRATION = "gongkai-service";

	private final OAuth2AuthorizedClientManager clientManager;

	private final CircuitBreakerRegistry circuitBreakers;

	private final RetryRegistry retries;

	private final Duration tokenReadTimeout;

	public ServiceAccountClients(OAuth2AuthorizedClientManager clientManager, CircuitBreakerRegistry circuitBreakers,
			RetryRegistry retries, Duration tokenReadTimeout) {
		this.clientManager = clientManager;
		this.circuitBreakers = circuitBreakers;
		this.retries = retries;
		this.tokenReadTimeout = tokenReadTimeout;
	}

	/**
	 * The neighbour called as the platform's service account.
	 * @param name the neighbour's name, which its retry and circuit breaker take
	 */
	public Neighbour asServiceAccount(String name, NeighbourSettings settings) {
		OAuth2ClientHttpRequestInterceptor serviceAccount = new OAuth2ClientHttpRequestInterceptor(this.clientManager);
		serviceAccount.setClientRegistrationIdResolver((request) -> REGISTRATION);
		return new Neighbour(name, client(settings, serviceAccount), settings, this.circuitBreakers, this.retries,
				this.tokenReadTimeout, true);
	}

	/**
	 * The neighbour called with the caller's own token, which each request sets; it then
	 * applies its own access rules to the caller, and a 401 or 403 reaches the caller as
	 * the refusal it is.
	 * @param name the neighbour's name, which its retry and circuit breaker take (shared
	 * with the service account's calls to the same neighbour)
	 */
	public Neighbour withCallersToken(String name, NeighbourSettings settings) {
		return new Neighbour(name, client(settings), settings, this.circuitBreakers, this.retries,
				this.tokenReadTimeout, false);
	}

	/**
	 * A client for the neighbour's base URI: one URI, or the URIs of its instances
	 * separated by commas, over which the calls are spread ({@link InstanceRotation},
	 * last before the wire, so that a call passed on to another instance keeps what the
	 * other interceptors set).
	 */
	private static RestClient client(NeighbourSettings settings, ClientHttpRequestInterceptor... interceptors) {
		List<URI> instances = InstanceRotation.instances(settings.uri().toString());
		RestClient.Builder builder = RestClient.builder()
			.baseUrl(instances.get(0).toString())
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.build(HttpClientSettings.defaults()
					.withConnectTimeout(settings.connectTimeout())
					.withReadTimeout(settings.readTimeout())));
		for (ClientHttpRequestInterceptor interceptor : interceptors) {
			builder.requestInterceptor(interceptor);
		}
		if (instances.size() > 1) {
			builder.requestInterceptor(new InstanceRotation(instances));
		}
		return builder.build();
	}

}
