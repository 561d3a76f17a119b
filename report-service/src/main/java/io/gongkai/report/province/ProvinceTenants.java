package io.gongkai.report.province;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.client.Neighbour;
import io.gongkai.platform.security.client.NeighbourRefusedException;
import io.gongkai.platform.security.client.NeighbourUnavailableException;
import io.gongkai.report.problem.ReportProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Whether a code is a tenant of the province catalogue, as tenant-service (which owns the
 * catalogue) says: {@code GET /api/tenants/{code}} answers 404 for any other code. Asked
 * as the service account, through the guarded call to tenant-service; a tenant once
 * confirmed is remembered (the catalogue only grows).
 */
@Component
class ProvinceTenants {

	private static final Logger log = LoggerFactory.getLogger(ProvinceTenants.class);

	private final Neighbour tenantService;

	private final Set<String> confirmed = ConcurrentHashMap.newKeySet();

	ProvinceTenants(Neighbour tenantService) {
		this.tenantService = tenantService;
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
			this.tenantService.call("province " + code,
					(rest) -> rest.get().uri("/api/tenants/{code}", code).retrieve().toBodilessEntity());
			this.confirmed.add(code);
		}
		catch (NeighbourRefusedException refused) {
			if (refused.notFound()) {
				throw new ProblemException(ReportProblem.UNKNOWN_TENANT, code);
			}
			throw unavailable(code, refused);
		}
		catch (NeighbourUnavailableException unavailable) {
			throw unavailable(code, unavailable);
		}
	}

	private static ProblemException unavailable(String code, RuntimeException failure) {
		log.warn("Could not learn whether {} is a province of the catalogue ({})", code, failure.getMessage());
		return new ProblemException(ReportProblem.TENANT_SERVICE_UNAVAILABLE);
	}

}
