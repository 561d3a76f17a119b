package io.gongkai.tenant.agency;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a coordinator sends to register an agency.
 */
record AgencyRequest(
		@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{2,63}",
				message = "3 to 64 letters, digits or hyphens; leave it out to have one made") String id,
		@NotBlank(message = "give the agency's full official name") @Size(max = 100,
				message = "at most 100 characters") String name,
		List<@NotBlank(message = "an alias cannot be blank") @Size(max = 100) String> aliases,
		@NotNull(message = "give the level: province, prefecture, county or township") AgencyLevel level,
		@NotNull(message = "give the kind: government or department") AgencyKind kind,
		@NotBlank(message = "give the six-digit region code (twelve digits for a township)") @Pattern(
				regexp = "\\d{6}|\\d{12}",
				message = "six digits (GB/T 2260), or twelve for a township") String regionCode,
		String parentId, @Pattern(regexp = "own|aggregate", message = "own or aggregate") String scope) {

	AgencyRequest {
		aliases = (aliases == null) ? List.of() : aliases;
		scope = (scope == null) ? "own" : scope;
	}

}
