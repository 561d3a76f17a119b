package io.gongkai.analytics.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.gongkai.analytics.sync.RegistryPage.RegistryAgency;
import io.gongkai.analytics.sync.RegistryPage.TenantProvince;
import io.gongkai.platform.security.client.Neighbour;
import io.gongkai.platform.security.client.NeighbourRefusedException;
import io.gongkai.platform.security.client.NeighbourUnavailableException;
import io.gongkai.platform.security.client.ServiceAccountClients;
import io.gongkai.platform.security.client.UnreadableAnswerException;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * Reads from tenant-service, as the platform's service account (realm role
 * {@code platform-admin}, which tenant-service lets read every province), through the
 * guarded call to tenant-service: the provinces served (with their population), and a
 * province's whole agency registry.
 */
@Component
class RegistryClient {

	static final String NEIGHBOUR = "tenant-service";

	static final int PAGE_SIZE = 1000;

	/** A registry larger than this many pages is taken for a fault, not read on. */
	static final int MAX_PAGES = 1000;

	private final Neighbour tenantService;

	RegistryClient(ServiceAccountClients clients, AnalyticsNeighbours neighbours) {
		this.tenantService = clients.asServiceAccount(NEIGHBOUR, neighbours.tenantService());
	}

	/**
	 * The provinces the platform serves, with their resident population.
	 * @throws SyncFailedException when tenant-service cannot tell now
	 */
	List<TenantProvince> tenantProvinces() {
		List<TenantProvince> provinces;
		try {
			provinces = this.tenantService.call("list of provinces",
					(rest) -> rest.get()
						.uri("/api/tenants")
						.retrieve()
						.body(new ParameterizedTypeReference<List<TenantProvince>>() {
						}));
		}
		catch (NeighbourUnavailableException | NeighbourRefusedException exception) {
			throw new SyncFailedException(exception.getMessage(), exception);
		}
		if (provinces == null
				|| provinces.stream().anyMatch((province) -> province == null || province.code() == null)) {
			throw new SyncFailedException(NEIGHBOUR + " list of provinces: malformed answer", null);
		}
		return provinces.stream().filter((province) -> !Boolean.FALSE.equals(province.tenant())).toList();
	}

	/**
	 * Every agency of a province's registry, active or not, read page by page.
	 * @throws SyncFailedException when a page cannot be read, or the registry changed
	 * while it was read (then it is read again in the next round)
	 */
	List<SyncedAgency> agenciesOf(String provinceCode) {
		Map<String, SyncedAgency> agencies = new LinkedHashMap<>();
		Long total = null;
		for (int page = 0; page < MAX_PAGES; page++) {
			RegistryPage read = page(provinceCode, page);
			if (total != null && !total.equals(read.total())) {
				throw new SyncFailedException(NEIGHBOUR + " registry of " + provinceCode
						+ ": changed while being read (" + total + " then " + read.total() + " agencies)", null);
			}
			total = read.total();
			read.items().forEach((agency) -> agencies.put(agency.id(), agency.synced()));
			if (read.items().size() < PAGE_SIZE || (long) (page + 1) * PAGE_SIZE >= total) {
				if (agencies.size() != total) {
					throw new SyncFailedException(NEIGHBOUR + " registry of " + provinceCode + ": read "
							+ agencies.size() + " agencies of " + total + " announced", null);
				}
				return List.copyOf(agencies.values());
			}
		}
		throw new SyncFailedException(
				NEIGHBOUR + " registry of " + provinceCode + ": more than " + MAX_PAGES + " pages", null);
	}

	private RegistryPage page(String provinceCode, int page) {
		try {
			return this.tenantService.call("registry of " + provinceCode + " page " + page, (rest) -> {
				RegistryPage read = rest.get()
					.uri((uri) -> uri.path("/api/tenants/{code}/agencies")
						.queryParam("page", page)
						.queryParam("size", PAGE_SIZE)
						.build(provinceCode))
					.retrieve()
					.body(RegistryPage.class);
				if (read == null || read.items() == null || read.total() == null) {
					throw new UnreadableAnswerException("page without items or total");
				}
				for (RegistryAgency agency : read.items()) {
					if (agency == null || agency.id() == null || agency.name() == null
							|| !Objects.equals(agency.provinceCode(), provinceCode)) {
						throw new UnreadableAnswerException("an agency without id or name, or of another province");
					}
				}
				return read;
			});
		}
		catch (NeighbourUnavailableException | NeighbourRefusedException exception) {
			throw new SyncFailedException(exception.getMessage(), exception);
		}
	}

}
