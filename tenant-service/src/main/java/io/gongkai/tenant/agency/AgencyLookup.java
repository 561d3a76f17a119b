package io.gongkai.tenant.agency;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Read access to the registry for other features of tenant-service.
 */
@Component
public class AgencyLookup {

	private final AgencyStore store;

	AgencyLookup(AgencyStore store) {
		this.store = store;
	}

	public Optional<Agency> find(String provinceCode, String agencyId) {
		return this.store.find(provinceCode, agencyId);
	}

}
