package io.gongkai.analytics.sync;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.gongkai.platform.security.client.ServiceAccountClients;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Reads report-service's feed of a province as the platform's service account (realm role
 * {@code platform-service}), one page per call, guarded by the {@code report-service}
 * retry and circuit breaker and the sync's short time-outs.
 */
@Component
class ReportFeedClient {

	static final String NEIGHBOUR = "report-service";

	private final RestClient rest;

	private final NeighbourCalls calls;

	private final int pageSize;

	ReportFeedClient(ServiceAccountClients serviceAccount, CircuitBreakerRegistry circuitBreakers,
			RetryRegistry retries, SyncSettings settings,
			@Value("${gongkai.services.report-uri:http://127.0.0.1:8082}") String reportServiceUri) {
		this.rest = serviceAccount.restClient(reportServiceUri, settings.connectTimeout(), settings.readTimeout());
		this.calls = new NeighbourCalls(NEIGHBOUR, circuitBreakers.circuitBreaker(NEIGHBOUR), retries.retry(NEIGHBOUR),
				settings.readTimeout());
		this.pageSize = settings.pageSize();
	}

	/**
	 * The changes of a province after {@code after}, checked whole and in order.
	 * @throws SyncFailedException when report-service is down, slow, refuses, its circuit
	 * is open or the page is malformed
	 */
	FeedPage page(String provinceCode, long after) {
		return this.calls.call("feed of " + provinceCode + " after " + after, () -> {
			FeedPage page = this.rest.get()
				.uri((uri) -> uri.path("/api/reports/provinces/{code}/feed")
					.queryParam("after", after)
					.queryParam("limit", this.pageSize)
					.build(provinceCode))
				.retrieve()
				.body(FeedPage.class);
			if (page == null) {
				throw new MalformedAnswerException("empty body");
			}
			return page.checked(provinceCode, after);
		});
	}

}
