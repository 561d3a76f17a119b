package io.gongkai.tenant.agency;

import java.util.List;

/**
 * An agency of a province's registry.
 *
 * @param id stable id, also the {@code agency} attribute of its reporters' accounts
 * @param provinceCode the province it belongs to
 * @param name full official name, unique in its province
 * @param aliases former names (after reforms) and short forms
 * @param level administrative level
 * @param kind government or department
 * @param regionCode six-digit GB/T 2260 code (twelve digits for a township)
 * @param parentId the agency it reports to, if any (same province, never a cycle)
 * @param scope {@code own} (itself) or {@code aggregate} (itself and its subordinates)
 * @param active whether it still exists: {@code false} once abolished
 * @param createdYear the first year it exists, {@code null} when it predates the records
 * @param abolishedYear the year it was abolished, {@code null} while it exists; it still
 * reports on that year
 * @param mergedInto the agency that took over its duties, if any
 * @param version incremented by every change; the ETag of the agency
 */
public record Agency(String id, String provinceCode, String name, List<String> aliases, AgencyLevel level,
		AgencyKind kind, String regionCode, String parentId, String scope, boolean active, Integer createdYear,
		Integer abolishedYear, String mergedInto, long version) {

	/** Report scope of an agency reporting on itself only. */
	public static final String OWN = "own";

	/** Report scope of a government reporting on itself and its subordinate bodies. */
	public static final String AGGREGATE = "aggregate";

	public Agency {
		aliases = List.copyOf(aliases);
	}

	/**
	 * Whether the agency exists in a year and so is expected to report on it: created in
	 * or before that year and not abolished before it.
	 */
	public boolean existsIn(int year) {
		return (this.createdYear == null || this.createdYear <= year)
				&& (this.abolishedYear == null || this.abolishedYear >= year);
	}

	/**
	 * The same agency at another version.
	 */
	public Agency withVersion(long version) {
		return new Agency(this.id, this.provinceCode, this.name, this.aliases, this.level, this.kind, this.regionCode,
				this.parentId, this.scope, this.active, this.createdYear, this.abolishedYear, this.mergedInto, version);
	}

}
