package io.gongkai.report.report;

import java.util.List;
import java.util.stream.Collectors;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.problem.ProblemMessages;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.template.Cell;
import io.gongkai.report.template.FormatTemplate;
import io.gongkai.report.template.MetricCatalogue;
import io.gongkai.report.template.NegativeCellValueException;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Section;
import io.gongkai.report.template.TemplateFormat;
import io.gongkai.report.template.UnknownCellException;

/**
 * Refuses content that does not fit its format, naming the field or cell: a narrative
 * only in a legacy report, sections and cells only in a template report, known ids only,
 * no negative count. Catalogue figures fit both: a template report's are those its text
 * states beside the tables (a report imported from its published text keeps them).
 */
final class ContentChecks {

	private ContentChecks() {
	}

	static ReportContent checked(ReportTemplate template, TemplateFormat format, ReportContent content) {
		if (format.hasTables()) {
			notIn(format, "narrative", content.narrative() != null);
			checkSections(template.format(format), content);
			try {
				template.cellValues(format, content.cells());
			}
			catch (UnknownCellException exception) {
				throw new ProblemException(ReportProblem.UNKNOWN_CELL, format.id(),
						String.join(", ", exception.cellIds()))
					.with("field", "cells." + exception.cellIds().get(0))
					.with("cells", exception.cellIds());
			}
			catch (NegativeCellValueException exception) {
				throw new ProblemException(ReportProblem.NEGATIVE_COUNT,
						cellLabels(template, format, exception.cellIds()))
					.with("field", "cells." + exception.cellIds().get(0))
					.with("cells", exception.cellIds());
			}
		}
		else {
			notIn(format, "sections", !content.sections().isEmpty());
			notIn(format, "cells", !content.cells().isEmpty());
			notIn(format, "nothingToReport", !content.nothingToReport().isEmpty());
		}
		for (String metric : content.metrics().keySet()) {
			if (!MetricCatalogue.national().contains(metric)) {
				throw new ProblemException(ReportProblem.UNKNOWN_METRIC, metric,
						String.join(", ", MetricCatalogue.national().ids().stream().sorted().toList()))
					.with("field", "metrics." + metric);
			}
		}
		return content;
	}

	private static void checkSections(FormatTemplate template, ReportContent content) {
		List<String> unknown = content.sections()
			.keySet()
			.stream()
			.filter((id) -> template.section(id).isEmpty())
			.toList();
		if (!unknown.isEmpty()) {
			throw new ProblemException(ReportProblem.UNKNOWN_SECTION, template.format().id(),
					String.join(", ", unknown),
					String.join(", ", template.sections().stream().map(Section::id).toList()))
				.with("field", "sections." + unknown.get(0));
		}
	}

	/** The cells as a person finds them in the printed table, such as T3「…」行「…」列. */
	private static String cellLabels(ReportTemplate template, TemplateFormat format, List<String> cellIds) {
		FormatTemplate cells = template.format(format);
		return cellIds.stream()
			.map((id) -> cells.cell(id).map(Cell::label).orElse(id))
			.collect(Collectors.joining("、"));
	}

	private static void notIn(TemplateFormat format, String field, boolean present) {
		if (present) {
			String use = format.hasTables() ? "sections (s1 to s6), cells and metrics" : "narrative and metrics";
			throw new ProblemException(ReportProblem.FIELD_NOT_IN_FORMAT, format.id(),
					ProblemMessages.label("label.field." + field),
					ProblemMessages.label(format.hasTables() ? "label.use.tables" : "label.use.legacy"))
				.with("field", field);
		}
	}

}
