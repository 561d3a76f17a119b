package io.gongkai.benchmarks.nation;

import java.util.List;

import io.gongkai.benchmarks.nation.SyntheticRegistry.Agency;
import io.gongkai.tenant.agency.AgencyKind;
import io.gongkai.tenant.agency.AgencyLevel;
import io.gongkai.tenant.agency.AgencyStore;
import org.bson.Document;

/**
 * Agencies as tenant-service stores them: database {@code gongkai_tenants}, collection
 * {@code agencies}, each synthetic agency turned into tenant-service's own agency and
 * written with its own encoder ({@code AgencyStore.toDocument}). A new agency is at
 * version 1, active unless abolished. The test {@code GeneratedAgenciesReadBackTest}
 * reads these documents with tenant-service's own store, so that a change of the format
 * fails there first.
 */
public final class AgencyDocumentFormat {

	/** tenant-service's database ({@code gongkai.registry.database}). */
	public static final String DATABASE = "gongkai_tenants";

	public static final String COLLECTION = "agencies";

	private AgencyDocumentFormat() {
	}

	public static Document of(String provinceCode, Agency agency) {
		return AgencyStore.toDocument(new io.gongkai.tenant.agency.Agency(agency.id(), provinceCode, agency.name(),
				List.of(), AgencyLevel.valueOf(agency.level()), AgencyKind.valueOf(agency.kind()), agency.regionCode(),
				agency.parentId(), agency.scope(), agency.abolishedYear() == null, agency.createdYear(),
				agency.abolishedYear(), null, 1L));
	}

}
