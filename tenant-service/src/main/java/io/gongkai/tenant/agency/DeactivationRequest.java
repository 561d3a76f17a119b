package io.gongkai.tenant.agency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * An agency is abolished: from which year, and which agency took over, if any.
 */
record DeactivationRequest(
		@NotNull(message = "give the year the agency was abolished") @Min(value = AgencyRules.FIRST_YEAR,
				message = "not before 1949") @Max(value = 2100, message = "a year, such as 2019") Integer abolishedYear,
		String mergedInto) {

}
