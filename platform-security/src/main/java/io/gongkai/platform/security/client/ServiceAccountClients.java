package io.gongkai.platform.security.client;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
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
		RestClient rest = client(settings).requestInterceptor(serviceAccount).build();
		return new Neighbour(name, rest, settings, this.circuitBreakers, this.retries, this.tokenReadTimeout, true);
	}

	/**
	 * The neighbour called with the caller's own token, which each request sets; it then
	 * applies its own access rules to the caller, and a 401 or 403 reaches the caller as
	 * the refusal it is.
	 * @param name the neighbour's name, which its retry and circuit breaker take (shared
	 * with the service account's calls to the same neighbour)
	 */
	public Neighbour withCallersToken(String name, NeighbourSettings settings) {
		return new Neighbour(name, client(settings).build(), settings, this.circuitBreakers, this.retries,
				this.tokenReadTimeout, false);
	}

	private static RestClient.Builder client(NeighbourSettings settings) {
		return RestClient.builder()
			.baseUrl(settings.uri().toString())
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.build(HttpClientSettings.defaults()
					.withConnectTimeout(settings.connectTimeout())
					.withReadTimeout(settings.readTimeout())));
	}

}
