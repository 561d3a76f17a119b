package io.gongkai.report.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.gongkai.report.template.Table;

/**
 * What one version of a report says. A legacy report (2008–2018) has a narrative,
 * catalogue figures and the original published text; a template report (2019 on) has the
 * six sections {@code s1}–{@code s6} as text and the cells of T2, T3 and T4 by template
 * id. A missing cell, figure or section is blank: not reported, never zero. Maps are
 * sorted by id, so that two equal contents compare and print the same.
 *
 * @param agencyName the agency's full name as printed on the report
 * @param scope whether the report covers the agency alone or aggregates its subordinate
 * bodies
 * @param publishedOn the day the agency published the report, if known
 * @param narrative the free text of a legacy report
 * @param originalText the text as originally published, if it was imported
 * @param metrics the catalogue figures of a legacy report
 * @param sections section id to text, template formats
 * @param cells cell id to figure, template formats
 * @param nothingToReport the tables the agency states it had nothing to report in this
 * year (本年度无此项内容), template formats: printed in the table's place
 */
public record ReportContent(String agencyName, ReportScope scope, LocalDate publishedOn, String narrative,
		String originalText, Map<String, Metric> metrics, Map<String, String> sections, Map<String, Long> cells,
		Set<Table> nothingToReport) {

	public ReportContent {
		scope = (scope != null) ? scope : ReportScope.own;
		narrative = blankToNull(narrative);
		originalText = blankToNull(originalText);
		metrics = sorted(metrics);
		sections = sortedTexts(sections);
		cells = sorted(cells);
		nothingToReport = sortedTables(nothingToReport);
	}

	public ReportContent(String agencyName, ReportScope scope, LocalDate publishedOn, String narrative,
			String originalText, Map<String, Metric> metrics, Map<String, String> sections, Map<String, Long> cells) {
		this(agencyName, scope, publishedOn, narrative, originalText, metrics, sections, cells, null);
	}

	private static Set<Table> sortedTables(Collection<Table> tables) {
		EnumSet<Table> copy = EnumSet.noneOf(Table.class);
		if (tables != null) {
			tables.stream().filter((table) -> table != null).forEach(copy::add);
		}
		return Collections.unmodifiableSet(copy);
	}

	private static <V> Map<String, V> sorted(Map<String, V> values) {
		TreeMap<String, V> copy = new TreeMap<>();
		if (values != null) {
			values.forEach((id, value) -> {
				if (id != null && value != null) {
					copy.put(id, value);
				}
			});
		}
		return Collections.unmodifiableMap(copy);
	}

	private static Map<String, String> sortedTexts(Map<String, String> texts) {
		TreeMap<String, String> copy = new TreeMap<>();
		if (texts != null) {
			texts.forEach((id, text) -> {
				if (id != null && text != null && !text.isBlank()) {
					copy.put(id, text);
				}
			});
		}
		return Collections.unmodifiableMap(copy);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
