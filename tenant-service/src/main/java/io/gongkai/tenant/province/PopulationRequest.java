package io.gongkai.tenant.province;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A province's resident population as the platform admin sets it.
 *
 * @param residents how many people live there
 * @param year the year the figure refers to, 2000 to the current year
 * @param source where the figure comes from
 */
record PopulationRequest(
		@NotNull(message = "give the resident population") @Positive(
				message = "must be a positive whole number of people") @Digits(integer = 12, fraction = 0,
						message = "must be a whole number of people") BigDecimal residents,
		@NotNull(message = "give the year the figure refers to") Integer year,
		@NotBlank(message = "say where the figure comes from") @Size(max = 300,
				message = "at most 300 characters") String source) {

}
