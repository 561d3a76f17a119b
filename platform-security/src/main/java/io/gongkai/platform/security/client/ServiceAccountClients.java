package io.gongkai.platform.security.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * HTTP clients that call another service (or Keycloak's admin API) as the platform's
 * service account: a client-credentials token of the {@code gongkai-service} client on
 * every request, and time-outs short enough for a retry and a circuit breaker to act.
 */
public class ServiceAccountClients {

	/** The client registration of the service account. */
	public static final String REGISTRATION = "gongkai-service";

	private final OAuth2AuthorizedClientManager clientManager;

	public ServiceAccountClients(OAuth2AuthorizedClientManager clientManager) {
		this.clientManager = clientManager;
	}

	/**
	 * A client for the given base URI: one URI, or the URIs of the service's instances
	 * separated by commas, over which the calls are spread ({@link InstanceRotation}).
	 */
	public RestClient restClient(String baseUri, Duration connectTimeout, Duration readTimeout) {
		OAuth2ClientHttpRequestInterceptor serviceAccount = new OAuth2ClientHttpRequestInterceptor(this.clientManager);
		serviceAccount.setClientRegistrationIdResolver((request) -> REGISTRATION);
		List<URI> instances = InstanceRotation.instances(baseUri);
		RestClient.Builder builder = RestClient.builder()
			.baseUrl(instances.get(0).toString())
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.build(HttpClientSettings.defaults().withConnectTimeout(connectTimeout).withReadTimeout(readTimeout)))
			.requestInterceptor(serviceAccount);
		if (instances.size() > 1) {
			builder.requestInterceptor(new InstanceRotation(instances));
		}
		return builder.build();
	}

}
