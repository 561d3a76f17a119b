package io.gongkai.tenant.agency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * An agency is abolished: from which year, and which agency took over, if any.
 */
record DeactivationRequest(@NotNull(message = "{deactivation.abolishedYear.required}") @Min(
		value = AgencyRules.FIRST_YEAR, message = "{agency.abolishedYear.min}") @Max(value = 2100,
				message = "{agency.abolishedYear.max}") Integer abolishedYear,
		String mergedInto) {

}
