package io.gongkai.report.importing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.textimport.TextExtractor;

/**
 * Turns the agency's confirmation request into one decision per figure, checked against
 * the catalogue and the preview's figures, and applies them.
 */
final class FigureDecisions {

	static final String CONFIRMED = "confirmed";

	static final String CORRECTED = "corrected";

	static final String REJECTED = "rejected";

	private static final Set<String> CATALOGUE = Set.copyOf(TextExtractor.metricIds());

	private FigureDecisions() {
	}

	static List<Decision> decide(List<Figure> figures, ConfirmationRequest request, Uploader by, Instant at) {
		Map<String, Figure> current = byMetric(figures);
		Map<String, ConfirmationRequest.FigureDecision> wanted = new LinkedHashMap<>(request.metrics());
		List<Map<String, String>> errors = new ArrayList<>();
		for (String metric : request.rejected()) {
			if (wanted.containsKey(metric)) {
				errors.add(error(metric, "both"));
			}
			wanted.put(metric, new ConfirmationRequest.FigureDecision(REJECTED, null, null));
		}
		if (wanted.isEmpty()) {
			throw new ProblemException(ReportProblem.NO_DECISIONS);
		}
		List<Decision> decisions = new ArrayList<>();
		wanted.forEach((metric, decision) -> {
			Figure figure = current.get(metric);
			boolean present = figure != null && figure.value() != null;
			if (!CATALOGUE.contains(metric)) {
				errors.add(error(metric, "unknown"));
				return;
			}
			switch (decision.decision()) {
				case CONFIRMED -> {
					if (!present) {
						errors.add(error(metric, "nothing-to-confirm"));
					}
					else if (decision.value() != null && !sameValue(figure.value(), decision.value())) {
						errors.add(error(metric, "other-value", figure.value().toString()));
					}
					else {
						decisions.add(new Decision(metric, CONFIRMED, by.username(), by.subject(), by.role(), at,
								figure.value(), figure.qualifier(), figure.value(),
								(decision.qualifier() != null) ? decision.qualifier() : figure.qualifier()));
					}
				}
				case CORRECTED -> {
					if (decision.value() == null) {
						errors.add(error(metric, "no-value"));
					}
					else {
						decisions.add(new Decision(metric, CORRECTED, by.username(), by.subject(), by.role(), at,
								present ? figure.value() : null, present ? figure.qualifier() : null,
								wholeAsLong(decision.value()),
								(decision.qualifier() != null) ? decision.qualifier() : "exact"));
					}
				}
				default -> {
					if (!present) {
						errors.add(error(metric, "nothing-to-reject"));
					}
					else {
						decisions.add(new Decision(metric, REJECTED, by.username(), by.subject(), by.role(), at,
								figure.value(), figure.qualifier(), null, null));
					}
				}
			}
		});
		if (!errors.isEmpty()) {
			throw new ProblemException(ReportProblem.INVALID_DECISIONS).with("errors", errors);
		}
		return decisions;
	}

	static List<Figure> apply(List<Figure> figures, List<Decision> decisions) {
		Map<String, Figure> after = byMetric(figures);
		for (Decision decision : decisions) {
			Figure before = after.get(decision.metric());
			Figure base = (before != null) ? before
					: new Figure(decision.metric(), null, null, null, null, null, Figure.EXTRACTED);
			after.put(decision.metric(),
					base.withDecision(decision.decision(), decision.newValue(), decision.newQualifier()));
		}
		return List.copyOf(after.values());
	}

	private static Map<String, Figure> byMetric(List<Figure> figures) {
		Map<String, Figure> byMetric = new LinkedHashMap<>();
		figures.forEach((figure) -> byMetric.put(figure.metric(), figure));
		return byMetric;
	}

	private static boolean sameValue(Number stored, BigDecimal sent) {
		return new BigDecimal(stored.toString()).compareTo(sent) == 0;
	}

	static Number wholeAsLong(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() <= 0 && stripped.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
			return stripped.longValueExact();
		}
		return stripped;
	}

	/**
	 * A field error: the figure's path, its name, and what is wrong in the request's
	 * language ({@code import.decision.<kind>} of the messages).
	 */
	private static Map<String, String> error(String metric, String kind, String... arguments) {
		String label = ImportMessages.figures(List.of(metric));
		Object[] all = new Object[arguments.length + 1];
		all[0] = label;
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		return Map.of("field", "metrics." + metric, "label", label, "message",
				ImportMessages.text("import.decision." + kind, all));
	}

}
