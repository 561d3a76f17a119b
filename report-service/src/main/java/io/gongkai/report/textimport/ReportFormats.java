package io.gongkai.report.textimport;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides a report's layout. Reports on 2018 and before are free text. From 2019 a report
 * follows the template when its tables can be read (at least three T3 rows) or when at
 * least four of the six template section headings are present; the version follows the
 * year (2019–2020: the trial template, 2021 on: the revised one), or, when the year is
 * unknown, the wording only the 2021 tables use.
 */
final class ReportFormats {

	private static final Pattern MARKERS_2021 = Pattern.compile("本年制发件数|现行有效件数|逾期不补正|本年处理决定数量");

	private static final List<Pattern> TEMPLATE_HEADINGS = List.of(Pattern.compile("总体情况"),
			Pattern.compile("主动公开政府信息情况"), Pattern.compile("收到和处理政府信息公开申请"), Pattern.compile("行政复议.*行政诉讼"),
			Pattern.compile("存在的主要问题及改进情况"), Pattern.compile("其他需要报告的事项"));

	private static final int MIN_T3_ROWS = 3;

	private static final int MIN_HEADINGS = 4;

	/** The template version to read tables with, before the tables are read. */
	static ReportFormat likelyTemplate(Integer year, String text) {
		if (year != null) {
			return (year >= 2021) ? ReportFormat.TEMPLATE_2021 : ReportFormat.TEMPLATE_2019;
		}
		return MARKERS_2021.matcher(text).find() ? ReportFormat.TEMPLATE_2021 : ReportFormat.TEMPLATE_2019;
	}

	static boolean mayBeTemplate(Integer year) {
		return year == null || year >= 2019;
	}

	static ReportFormat decide(Integer year, String text, int t3Rows, List<SectionSplitter.Section> sections) {
		if (!mayBeTemplate(year)) {
			return ReportFormat.LEGACY;
		}
		long headings = TEMPLATE_HEADINGS.stream()
			.filter((heading) -> sections.stream().anyMatch((s) -> heading.matcher(s.title()).find()))
			.count();
		if (t3Rows < MIN_T3_ROWS && headings < MIN_HEADINGS) {
			return ReportFormat.LEGACY;
		}
		return likelyTemplate(year, text);
	}

	private ReportFormats() {
	}

}
