package io.gongkai.report.published;

import java.util.List;
import java.util.Map;

/**
 * The report builder's answer: one page of rows, the columns they hold, how many rows in
 * all, the link that asks the same again and the downloads of every row.
 *
 * @param columns the figures asked, each with its name, unit and glossary entry
 * @param rows the rows of the page
 * @param page the page, from 0
 * @param size rows per page
 * @param total rows in all pages
 * @param link the builder page asking the same query
 * @param downloads every row as {@code csv} and {@code xlsx}
 */
record PublicTable(List<Column> columns, List<Row> rows, int page, int size, long total, String link,
		Map<String, String> downloads) {

	/**
	 * @param id the figure's id
	 * @param name its name
	 * @param unit its unit
	 * @param header name and unit as a column header reads them
	 * @param glossary its glossary entry
	 */
	record Column(String id, String name, String unit, String header, String glossary) {

	}

	/**
	 * One agency's (or one province's) year.
	 *
	 * @param provinceCode the province
	 * @param provinceName its name
	 * @param agencyId the agency, or {@code null} for a province's row
	 * @param agencyName the agency's name as its report prints it, or {@code null}
	 * @param level 省级, 市级 or 县级 as the agency's region code tells it (in English
	 * Province, Prefecture or County), or {@code null}
	 * @param year the year
	 * @param reports how many published reports the row sums (1 for an agency)
	 * @param report the published report of an agency's row, or {@code null}
	 * @param values figure id to its value; a figure not stated is absent, never zero
	 */
	record Row(String provinceCode, String provinceName, String agencyId, String agencyName, String level, int year,
			int reports, String report, Map<String, Value> values) {

		/** The row with its level in English, for a reader who asked for English. */
		Row inEnglish() {
			return (this.level == null) ? this
					: new Row(this.provinceCode, this.provinceName, this.agencyId, this.agencyName,
							AgencyLevels.inEnglish(this.level), this.year, this.reports, this.report, this.values);
		}

	}

	/**
	 * @param value the figure, or the rate in percent with one decimal
	 * @param qualifier {@code exact}, or {@code at_least} / {@code approx} when a report
	 * stated it so (for a sum: when one of the reports did)
	 * @param source where an agency's figure was read in its report, or {@code null}
	 */
	record Value(Number value, String qualifier, String source) {

	}

}
