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
record AgencyRequest(@Pattern(regexp = "\\d{6}-[A-Za-z0-9][A-Za-z0-9-]{0,56}",
		message = "a six-digit region code of the province, a hyphen, then letters, digits or hyphens (such as 620421-rsj); leave it out to have one made") String id,
		@NotBlank(message = "give the agency's full official name") @Size(max = 100,
				message = "at most 100 characters") String name,
		@Size(max = 20,
				message = "at most 20 aliases") List<@NotBlank(message = "an alias cannot be blank") @Size(
						max = 100) String> aliases,
		@NotNull(message = "give the level: province, prefecture, county or township") AgencyLevel level,
		@NotNull(message = "give the kind: government or department") AgencyKind kind,
		@NotBlank(message = "give the six-digit region code (twelve digits for a township)") @Pattern(
				regexp = "\\d{6}|\\d{12}",
				message = "six digits (GB/T 2260), or twelve for a township") String regionCode,
		String parentId, @Pattern(regexp = "own|aggregate", message = "own or aggregate") String scope,
		@Min(value = AgencyRules.FIRST_YEAR, message = "not before 1949") @Max(value = 2100,
				message = "a year, such as 2019") Integer createdYear,
		@Min(value = AgencyRules.FIRST_YEAR, message = "not before 1949") @Max(value = 2100,
				message = "a year, such as 2019") Integer abolishedYear,
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
