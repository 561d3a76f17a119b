package io.gongkai.tenant.agency;

import java.util.List;

/**
 * An agency of a province's registry.
 *
 * @param id stable id, also the {@code agency} attribute of its reporters' accounts
 * @param provinceCode the province it belongs to
 * @param name full official name
 * @param aliases former names and short forms
 * @param level administrative level
 * @param kind government or department
 * @param regionCode six-digit GB/T 2260 code (twelve digits for a township)
 * @param parentId the agency it reports to, if any
 * @param scope {@code own} or {@code aggregate}
 * @param active whether it is expected to report
 */
public record Agency(String id, String provinceCode, String name, List<String> aliases, AgencyLevel level,
		AgencyKind kind, String regionCode, String parentId, String scope, boolean active) {

	public Agency {
		aliases = List.copyOf(aliases);
	}

}
