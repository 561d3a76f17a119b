package io.gongkai.tenant.onboarding;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.client.ServiceAccountClients;
import io.gongkai.tenant.problem.TenantProblem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks report-service to prepare a province's database (collections and indexes), as the
 * platform's service account, guarded by the {@code report-service} retry and circuit
 * breaker. Preparing twice is harmless.
 */
@Component
class ReportStorageClient {

	private final RestClient rest;

	private final CircuitBreaker circuitBreaker;

	private final Retry retry;

	ReportStorageClient(ServiceAccountClients serviceAccount, CircuitBreakerRegistry circuitBreakers,
			RetryRegistry retries,
			@Value("${gongkai.services.report-uri:http://127.0.0.1:8082}") String reportServiceUri,
			@Value("${gongkai.services.timeout:5s}") Duration timeout) {
		this.rest = serviceAccount.restClient(reportServiceUri, Duration.ofSeconds(2), timeout);
		this.circuitBreaker = circuitBreakers.circuitBreaker("report-service");
		this.retry = retries.retry("report-service");
	}

	void prepare(String provinceCode) {
		Supplier<Object> call = () -> this.rest.put()
			.uri("/api/reports/provinces/{code}/storage", provinceCode)
			.retrieve()
			.toBodilessEntity();
		try {
			Retry.decorateSupplier(this.retry, CircuitBreaker.decorateSupplier(this.circuitBreaker, call)).get();
		}
		catch (CallNotPermittedException | RestClientException | ClientAuthorizationException exception) {
			ProblemException unavailable = new ProblemException(TenantProblem.STORAGE_UNAVAILABLE);
			unavailable.getHeaders().set(HttpHeaders.RETRY_AFTER, "60");
			throw unavailable;
		}
	}

}
