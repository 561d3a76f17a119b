package io.gongkai.tenant.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.tenant.problem.TenantProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads every report of a year from report-service's list, page by page, with the
 * caller's own token: report-service chooses the province from that token, so the
 * follow-up sees exactly what the caller may see there, never more. Each page is guarded
 * by the {@code report-service} retry and circuit breaker and short time-outs.
 */
@Component
class ReportListClient {

	private static final Logger log = LoggerFactory.getLogger(ReportListClient.class);

	private final RestClient rest;

	private final CircuitBreaker circuitBreaker;

	private final Retry retry;

	private final FollowUpSettings settings;

	ReportListClient(RestClient.Builder builder, CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
			FollowUpSettings settings) {
		this.rest = builder.baseUrl(settings.reportUri())
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.build(HttpClientSettings.defaults()
					.withConnectTimeout(settings.connectTimeout())
					.withReadTimeout(settings.readTimeout())))
			.build();
		this.circuitBreaker = circuitBreakers.circuitBreaker("report-service");
		this.retry = retries.retry("report-service");
		this.settings = settings;
	}

	/**
	 * Every report on {@code year} that report-service shows the bearer of
	 * {@code accessToken}, at most one per report id, of {@code provinceCode} only.
	 * @throws ProblemException 503 {@code service-unavailable} when report-service is
	 * down, slow or its circuit is open; 403 {@code reports-not-visible} when it refuses
	 * the caller; 502 {@code bad-gateway} when it answers something unreadable
	 */
	List<ReportSummary> reports(String provinceCode, int year, String accessToken) {
		Map<String, ReportSummary> reports = new LinkedHashMap<>();
		for (int page = 0; page < this.settings.maxPages(); page++) {
			ReportListPage listed = page(year, page, accessToken);
			for (ReportSummary report : listed.items()) {
				if (provinceCode.equals(report.provinceCode()) && report.year() == year) {
					reports.putIfAbsent(report.id(), report);
				}
				else {
					log.warn("report-service listed report {} of province {} year {} for province {} year {}; ignored",
							report.id(), report.provinceCode(), report.year(), provinceCode, year);
				}
			}
			int size = (listed.size() > 0) ? listed.size() : this.settings.pageSize();
			if (listed.items().isEmpty() || (long) (page + 1) * size >= listed.total()) {
				return new ArrayList<>(reports.values());
			}
		}
		log.warn("Follow-up of province {} on {} stopped after {} pages of reports", provinceCode, year,
				this.settings.maxPages());
		return new ArrayList<>(reports.values());
	}

	private ReportListPage page(int year, int page, String accessToken) {
		Supplier<ReportListPage> call = () -> this.rest.get()
			.uri((uri) -> uri.path("/api/reports")
				.queryParam("year", year)
				.queryParam("sort", "agencyId")
				.queryParam("page", page)
				.queryParam("size", this.settings.pageSize())
				.build())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
			.retrieve()
			.body(ReportListPage.class);
		ReportListPage listed;
		try {
			listed = Retry.decorateSupplier(this.retry, CircuitBreaker.decorateSupplier(this.circuitBreaker, call))
				.get();
		}
		catch (CallNotPermittedException | ResourceAccessException | HttpServerErrorException exception) {
			log.warn("report-service unavailable for the follow-up: {}", exception.getMessage());
			throw unavailable();
		}
		catch (HttpClientErrorException exception) {
			if (exception.getStatusCode().value() == 401 || exception.getStatusCode().value() == 403) {
				throw notVisible();
			}
			log.warn("report-service refused the follow-up's list request: {}", exception.getStatusCode());
			throw badGateway();
		}
		catch (RestClientException exception) {
			log.warn("report-service answered the follow-up with something unreadable: {}", exception.getMessage());
			throw badGateway();
		}
		if (listed == null || listed.items() == null) {
			throw badGateway();
		}
		return listed;
	}

	private static ProblemException unavailable() {
		ProblemException unavailable = new ProblemException(TenantProblem.REPORTS_UNAVAILABLE);
		unavailable.getHeaders().set(HttpHeaders.RETRY_AFTER, "60");
		return unavailable;
	}

	private static ProblemException notVisible() {
		return new ProblemException(TenantProblem.REPORTS_NOT_VISIBLE);
	}

	private static ProblemException badGateway() {
		return new ProblemException(TenantProblem.REPORTS_UNREADABLE);
	}

	/**
	 * One page of report-service's list.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ReportListPage(List<ReportSummary> items, int page, int size, long total) {

	}

}
