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
		@NotNull(message = "{population.residents.required}") @Positive(
				message = "{population.residents.positive}") @Digits(integer = 12, fraction = 0,
						message = "{population.residents.digits}") BigDecimal residents,
		@NotNull(message = "{population.year.required}") Integer year,
		@NotBlank(message = "{population.source.required}") @Size(max = 300,
				message = "{population.source.size}") String source) {

}
