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
		@NotNull(message = "{metric.value.required}") @PositiveOrZero(message = "{metric.value.negative}") Long value,
		@Pattern(regexp = "exact|at_least|approx", message = "{metric.qualifier.pattern}") String qualifier) {

	public Metric {
		qualifier = (qualifier == null) ? "exact" : qualifier;
	}

}
