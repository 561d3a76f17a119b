package io.gongkai.tenant.agency;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a coordinator sends to register an agency, or to edit one (then every field is
 * replaced, and {@code id} may be left out).
 */
record AgencyRequest(
		@Pattern(regexp = "\\d{6}-[A-Za-z0-9][A-Za-z0-9-]{0,56}", message = "{agency.id.pattern}") String id,
		@NotBlank(message = "{agency.name.required}") @Size(max = 100, message = "{agency.name.size}") String name,
		@Size(max = 20,
				message = "{agency.aliases.size}") List<@NotBlank(message = "{agency.alias.blank}") @Size(
						max = 100) String> aliases,
		@NotNull(message = "{agency.level.required}") AgencyLevel level,
		@NotNull(message = "{agency.kind.required}") AgencyKind kind,
		@NotBlank(message = "{agency.regionCode.required}") @Pattern(regexp = "\\d{6}|\\d{12}",
				message = "{agency.regionCode.pattern}") String regionCode,
		String parentId, @Pattern(regexp = "own|aggregate", message = "{agency.scope.pattern}") String scope,
		@Min(value = AgencyRules.FIRST_YEAR, message = "{agency.createdYear.min}") @Max(value = 2100,
				message = "{agency.createdYear.max}") Integer createdYear,
		@Min(value = AgencyRules.FIRST_YEAR, message = "{agency.abolishedYear.min}") @Max(value = 2100,
				message = "{agency.abolishedYear.max}") Integer abolishedYear,
		String mergedInto) {

	AgencyRequest {
		aliases = (aliases == null) ? List.of() : aliases.stream().map(String::strip).distinct().toList();
		scope = (scope == null) ? Agency.OWN : scope;
		parentId = blankToNull(parentId);
		mergedInto = blankToNull(mergedInto);
	}

	Agency toAgency(String id, String provinceCode, long version) {
		return new Agency(id, provinceCode, this.name.strip(), this.aliases, this.level, this.kind, this.regionCode,
				this.parentId, this.scope, this.abolishedYear == null, this.createdYear, this.abolishedYear,
				this.mergedInto, version);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
