package io.gongkai.analytics.sync;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One page of a province's agency registry from tenant-service ({@code GET
 * /api/tenants/{code}/agencies}).
 *
 * @param items the agencies of the page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many agencies the registry holds in all
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegistryPage(List<RegistryAgency> items, Integer page, Integer size, Long total) {

	/**
	 * An agency as tenant-service serves it; only what the read model keeps is read.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record RegistryAgency(String id, String provinceCode, String name, String level, String kind, String regionCode,
			String parentId, String scope, Boolean active, Integer createdYear, Integer abolishedYear) {

		SyncedAgency synced() {
			return new SyncedAgency(this.id, this.provinceCode, this.name, this.level, this.kind, this.scope,
					this.parentId, this.regionCode, Boolean.TRUE.equals(this.active), this.createdYear,
					this.abolishedYear);
		}

	}

	/**
	 * A province-level division as tenant-service lists it ({@code GET /api/tenants}).
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record TenantProvince(String code, String name, Boolean tenant, TenantPopulation population) {

	}

	/**
	 * A province's resident population as tenant-service gives it, {@code null} when it
	 * knows none.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record TenantPopulation(Long residents, Integer year, String source) {

		/** Whether the figure can be used: a positive number of residents. */
		boolean usable() {
			return this.residents != null && this.residents > 0;
		}

	}

}
