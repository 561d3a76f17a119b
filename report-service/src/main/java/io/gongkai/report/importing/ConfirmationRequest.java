package io.gongkai.report.importing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.gongkai.report.template.MetricCatalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The agency's decisions on a preview's figures.
 *
 * @param metrics per metric id: confirmed as read, or corrected to a value
 * @param rejected metric ids whose figure is wrong and must not be kept
 */
record ConfirmationRequest(Map<String, @Valid @NotNull FigureDecision> metrics,
		List<@NotBlank(message = "{confirmation.rejected.required}") String> rejected) {

	ConfirmationRequest {
		metrics = (metrics != null) ? metrics : Map.of();
		rejected = (rejected != null) ? rejected : List.of();
	}

	/**
	 * A decision on one figure.
	 *
	 * @param decision {@code confirmed} (as read), {@code corrected} (to {@code value})
	 * or {@code rejected}
	 * @param value the right figure, required when corrected
	 * @param qualifier {@code exact} (the default), {@code at_least} or {@code approx}
	 */
	record FigureDecision(
			@NotBlank(message = "{confirmation.decision.required}") @Pattern(regexp = "confirmed|corrected|rejected",
					message = "{confirmation.decision.pattern}") String decision,
			@PositiveOrZero(message = "{confirmation.value.negative}") BigDecimal value,
			@Pattern(regexp = MetricCatalogue.QUALIFIER_PATTERN,
					message = "{confirmation.qualifier.pattern}") String qualifier) {
	}

}
