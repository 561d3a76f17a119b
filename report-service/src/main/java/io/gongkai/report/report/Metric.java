package io.gongkai.report.report;

import io.gongkai.report.template.MetricCatalogue;

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
		@Pattern(regexp = MetricCatalogue.QUALIFIER_PATTERN, message = "{metric.qualifier.pattern}") String qualifier) {

	public Metric {
		qualifier = (qualifier == null) ? "exact" : qualifier;
	}

}
