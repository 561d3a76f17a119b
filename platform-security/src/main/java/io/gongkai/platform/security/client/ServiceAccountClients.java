package io.gongkai.platform.security.client;

import java.time.Duration;

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
	 * A client for the given base URI.
	 */
	public RestClient restClient(String baseUri, Duration connectTimeout, Duration readTimeout) {
		OAuth2ClientHttpRequestInterceptor serviceAccount = new OAuth2ClientHttpRequestInterceptor(this.clientManager);
		serviceAccount.setClientRegistrationIdResolver((request) -> REGISTRATION);
		return RestClient.builder()
			.baseUrl(baseUri)
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.build(HttpClientSettings.defaults().withConnectTimeout(connectTimeout).withReadTimeout(readTimeout)))
			.requestInterceptor(serviceAccount)
			.build();
	}

}
