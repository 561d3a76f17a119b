package io.gongkai.report.validation;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;

import io.gongkai.report.template.CellValues;
import io.gongkai.report.template.Table;
import io.gongkai.report.template.TemplateFormat;

/**
 * A report as validation sees it.
 *
 * @param format the report's format; must fit {@code year}
 * @param year the year the report covers
 * @param cells its figures
 * @param sections section id ({@code s1} to {@code s6}) to narrative text; a missing
 * section is empty
 * @param previous the same agency's report on the year before, or {@code null}; its own
 * {@code previous} is not used
 * @param nothingToReport the tables the agency states it had nothing to report in
 * (本年度无此项内容): a mandated table it need not fill
 */
public record ValidationInput(TemplateFormat format, int year, CellValues cells, Map<String, String> sections,
		ValidationInput previous, Set<Table> nothingToReport) {

	public ValidationInput {
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(cells, "cells");
		if (!format.fits(year)) {
			throw new IllegalArgumentException("A report on " + year + " cannot be in format " + format.id());
		}
		sections = (sections != null) ? withoutNulls(sections) : Map.of();
		if (previous != null && previous.year() != year - 1) {
			throw new IllegalArgumentException(
					"The previous report must cover " + (year - 1) + ", not " + previous.year());
		}
		nothingToReport = (nothingToReport == null || nothingToReport.isEmpty()) ? Set.of()
				: Set.copyOf(EnumSet.copyOf(nothingToReport));
	}

	public ValidationInput(TemplateFormat format, int year, CellValues cells, Map<String, String> sections,
			ValidationInput previous) {
		this(format, year, cells, sections, previous, Set.of());
	}

	public ValidationInput(TemplateFormat format, int year, CellValues cells, Map<String, String> sections) {
		this(format, year, cells, sections, null);
	}

	private static Map<String, String> withoutNulls(Map<String, String> sections) {
		Map<String, String> copy = new HashMap<>();
		sections.forEach((id, text) -> {
			if (text != null) {
				copy.put(id, text);
			}
		});
		return Map.copyOf(copy);
	}

	/** The text of a section, empty when missing. */
	public String section(String id) {
		return this.sections.getOrDefault(id, "");
	}

	public Optional<ValidationInput> previousYear() {
		return Optional.ofNullable(this.previous);
	}

	/** The same report compared with the given previous year's. */
	public ValidationInput withPrevious(ValidationInput previous) {
		return new ValidationInput(this.format, this.year, this.cells, this.sections, previous, this.nothingToReport);
	}

	/** The same report with the tables it states it had nothing to report in. */
	public ValidationInput withNothingToReport(Set<Table> tables) {
		return new ValidationInput(this.format, this.year, this.cells, this.sections, this.previous, tables);
	}

}
