package io.gongkai.benchmarks.nation;

import java.util.List;

import io.gongkai.benchmarks.nation.SyntheticRegistry.Agency;
import org.bson.Document;

/**
 * Agencies as tenant-service stores them ({@code AgencyStore}): database
 * {@code gongkai_tenants}, collection {@code agencies}, one document per agency with the
 * agency's id as {@code _id}. A new agency is at version 1, active unless abolished. The
 * test {@code GeneratedAgenciesReadBackTest} reads these documents with tenant-service's
 * own store, so that a change of the format fails there first.
 */
public final class AgencyDocumentFormat {

	/** tenant-service's database ({@code gongkai.registry.database}). */
	public static final String DATABASE = "gongkai_tenants";

	public static final String COLLECTION = "agencies";

	private AgencyDocumentFormat() {
	}

	public static Document of(String provinceCode, Agency agency) {
		return new Document("_id", agency.id()).append("provinceCode", provinceCode)
			.append("name", agency.name())
			.append("aliases", List.of())
			.append("level", agency.level())
			.append("kind", agency.kind())
			.append("regionCode", agency.regionCode())
			.append("parentId", agency.parentId())
			.append("scope", agency.scope())
			.append("active", agency.abolishedYear() == null)
			.append("createdYear", agency.createdYear())
			.append("abolishedYear", agency.abolishedYear())
			.append("mergedInto", null)
			.append("version", 1L);
	}

}
