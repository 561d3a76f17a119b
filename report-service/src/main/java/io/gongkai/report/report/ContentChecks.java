package io.gongkai.report.report;

import java.util.List;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.template.FormatTemplate;
import io.gongkai.report.template.NegativeCellValueException;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Section;
import io.gongkai.report.template.TemplateFormat;
import io.gongkai.report.template.UnknownCellException;

import org.springframework.http.HttpStatus;

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
				throw new ProblemException(HttpStatus.BAD_REQUEST, "unknown-cell", "Unknown cell",
						"Format " + format.id() + " has no cell " + String.join(", ", exception.cellIds())
								+ "; use the cell ids of the template (e.g. t3.new_received.total).")
					.with("field", "cells." + exception.cellIds().get(0))
					.with("cells", exception.cellIds());
			}
			catch (NegativeCellValueException exception) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "negative-count", "Negative count",
						"A count cannot be negative: " + String.join(", ", exception.cellIds()) + ".")
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
			if (!MetricCatalogue.IDS.contains(metric)) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "unknown-metric", "Unknown figure",
						"'" + metric + "' is not a catalogue figure; use one of "
								+ MetricCatalogue.IDS.stream().sorted().toList() + ".")
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
			throw new ProblemException(HttpStatus.BAD_REQUEST, "unknown-section", "Unknown section",
					"Format " + template.format().id() + " has no section " + String.join(", ", unknown)
							+ "; sections are " + template.sections().stream().map(Section::id).toList() + ".")
				.with("field", "sections." + unknown.get(0));
		}
	}

	private static void notIn(TemplateFormat format, String field, boolean present) {
		if (present) {
			String use = format.hasTables() ? "sections (s1 to s6), cells and metrics" : "narrative and metrics";
			throw new ProblemException(HttpStatus.BAD_REQUEST, "field-not-in-format", "Field not in this format",
					"A report in format " + format.id() + " has no " + field + "; use " + use + ".")
				.with("field", field);
		}
	}

}
