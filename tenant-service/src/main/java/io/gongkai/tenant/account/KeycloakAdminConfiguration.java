package io.gongkai.tenant.account;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.gongkai.platform.security.client.ServiceAccountClients;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The admin API client, authenticated as the {@code gongkai-service} service account
 * (client credentials), with short time-outs so that a slow Keycloak fails fast into the
 * retry and circuit breaker.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakAdminConfiguration {

	@Bean
	KeycloakAdminClient keycloakAdminClient(ServiceAccountClients serviceAccount,
			CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
			@Value("${gongkai.security.issuer-uri}") String issuerUri,
			@Value("${gongkai.keycloak.connect-timeout:2s}") Duration connectTimeout,
			@Value("${gongkai.keycloak.read-timeout:3s}") Duration readTimeout) {
		return new KeycloakAdminClient(serviceAccount.restClient(adminUri(issuerUri), connectTimeout, readTimeout),
				circuitBreakers, retries);
	}

	/**
	 * {@code http://host/realms/gongkai} → {@code http://host/admin/realms/gongkai}.
	 */
	static String adminUri(String issuerUri) {
		int realms = issuerUri.lastIndexOf("/realms/");
		return issuerUri.substring(0, realms) + "/admin" + issuerUri.substring(realms);
	}

}
