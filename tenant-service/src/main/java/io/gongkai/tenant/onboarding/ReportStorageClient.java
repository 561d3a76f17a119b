package io.gongkai.tenant.onboarding;

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
 * Asks report-service to prepare a province's database (collections and indexes), as the
 * platform's service account, through the guarded call to report-service. Preparing twice
 * is harmless, so a failed attempt is repeated.
 */
@Component
class ReportStorageClient {

	private static final Logger log = LoggerFactory.getLogger(ReportStorageClient.class);

	private final Neighbour reportService;

	ReportStorageClient(ServiceAccountClients clients, TenantNeighbours neighbours) {
		this.reportService = clients.asServiceAccount(TenantNeighbours.REPORT_SERVICE, neighbours.reportService());
	}

	void prepare(String provinceCode) {
		try {
			this.reportService.call("storage of " + provinceCode,
					(rest) -> rest.put()
						.uri("/api/reports/provinces/{code}/storage", provinceCode)
						.retrieve()
						.toBodilessEntity());
		}
		catch (NeighbourUnavailableException | NeighbourRefusedException exception) {
			log.warn("Could not prepare the storage of province {}: {}", provinceCode, exception.getMessage());
			ProblemException unavailable = new ProblemException(TenantProblem.STORAGE_UNAVAILABLE);
			unavailable.getHeaders().set(HttpHeaders.RETRY_AFTER, "60");
			throw unavailable;
		}
	}

}
