package io.gongkai.report.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * One catalogue figure of a report.
 *
 * @param value the figure; never negative
 * @param qualifier {@code exact}, {@code at_least} or {@code approx}
 */
public record Metric(
		@NotNull(message = "give the figure's value") @PositiveOrZero(
				message = "a count cannot be negative") Long value,
		@Pattern(regexp = "exact|at_least|approx", message = "must be exact, at_least or approx") String qualifier) {

	public Metric {
		qualifier = (qualifier == null) ? "exact" : qualifier;
	}

}
