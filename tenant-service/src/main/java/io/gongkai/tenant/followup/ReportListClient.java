package io.gongkai.tenant.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.client.Neighbour;
import io.gongkai.platform.security.client.NeighbourRefusedException;
import io.gongkai.platform.security.client.NeighbourUnavailableException;
import io.gongkai.platform.security.client.ServiceAccountClients;
import io.gongkai.tenant.config.TenantNeighbours;
import io.gongkai.tenant.problem.TenantProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Reads every report of a year from report-service's list, page by page, with the
 * caller's own token: report-service chooses the province from that token, so the
 * follow-up sees exactly what the caller may see there, never more. Each page goes
 * through the guarded call to report-service (its time-outs, retry and circuit breaker).
 */
@Component
class ReportListClient {

	private static final Logger log = LoggerFactory.getLogger(ReportListClient.class);

	private final Neighbour reportService;

	private final FollowUpSettings settings;

	ReportListClient(ServiceAccountClients clients, TenantNeighbours neighbours, FollowUpSettings settings) {
		this.reportService = clients.withCallersToken(TenantNeighbours.REPORT_SERVICE, neighbours.reportService());
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
		ReportListPage listed;
		try {
			listed = this.reportService.call("list of reports of " + year + " page " + page,
					(rest) -> rest.get()
						.uri((uri) -> uri.path("/api/reports")
							.queryParam("year", year)
							.queryParam("sort", "agencyId")
							.queryParam("page", page)
							.queryParam("size", this.settings.pageSize())
							.build())
						.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
						.retrieve()
						.body(ReportListPage.class));
		}
		catch (NeighbourUnavailableException exception) {
			log.warn("report-service unavailable for the follow-up: {}", exception.getMessage());
			throw exception.unreadableAnswer() ? badGateway() : unavailable();
		}
		catch (NeighbourRefusedException exception) {
			if (exception.status() == 401 || exception.status() == 403) {
				throw notVisible();
			}
			log.warn("report-service refused the follow-up's list request: {}", exception.getMessage());
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
