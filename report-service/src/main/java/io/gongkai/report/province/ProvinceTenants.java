package io.gongkai.report.province;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.client.ServiceAccountClients;
import io.gongkai.report.problem.ReportProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Whether a code is a tenant of the province catalogue, as tenant-service (which owns the
 * catalogue) says: {@code GET /api/tenants/{code}} answers 404 for any other code. Asked
 * as the service account, through the same retry and circuit breaker as the suspension
 * check; a tenant once confirmed is remembered (the catalogue only grows).
 */
@Component
class ProvinceTenants {

	private static final Logger log = LoggerFactory.getLogger(ProvinceTenants.class);

	private final RestClient rest;

	private final CircuitBreaker circuitBreaker;

	private final Retry retry;

	private final Set<String> confirmed = ConcurrentHashMap.newKeySet();

	ProvinceTenants(ServiceAccountClients serviceAccount, CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
			@Value("${gongkai.services.tenant-uri}") String tenantServiceUri) {
		this.rest = serviceAccount.restClient(tenantServiceUri, Duration.ofMillis(500), Duration.ofSeconds(2));
		this.circuitBreaker = circuitBreakers.circuitBreaker("tenant-service");
		this.retry = retries.retry("tenant-service");
	}

	/**
	 * Refuses a code that is not a tenant of the catalogue.
	 * @throws ProblemException 404 {@code unknown-tenant} for a code outside the
	 * catalogue, 503 when tenant-service cannot say
	 */
	void requireTenant(String code) {
		if (this.confirmed.contains(code)) {
			return;
		}
		try {
			Retry
				.decorateRunnable(this.retry,
						CircuitBreaker.decorateRunnable(this.circuitBreaker,
								() -> this.rest.get().uri("/api/tenants/{code}", code).retrieve().toBodilessEntity()))
				.run();
			this.confirmed.add(code);
		}
		catch (HttpClientErrorException.NotFound notFound) {
			throw new ProblemException(ReportProblem.UNKNOWN_TENANT, code);
		}
		catch (CallNotPermittedException | RestClientException | OAuth2AuthorizationException exception) {
			log.warn("Could not learn whether {} is a province of the catalogue ({})", code, exception.getMessage());
			throw new ProblemException(ReportProblem.TENANT_SERVICE_UNAVAILABLE);
		}
	}

}
