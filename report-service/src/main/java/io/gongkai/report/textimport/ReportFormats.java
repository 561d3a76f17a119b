package io.gongkai.report.textimport;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides a report's layout, as the law does: reports on 2018 and before are free text,
 * reports on 2019–2020 follow the trial template and reports on 2021 on the revised one.
 * When the year is unknown, a report is a template report when its tables can be read (at
 * least three T3 rows) or at least four of the six template section headings are present,
 * and its version follows the wording only the 2021 tables use.
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

	/**
	 * The format a report is in. The law fixes it by the year covered: a report on 2019
	 * or later follows the template of its period, whatever part of it survives. Only a
	 * report whose year is unknown is judged by what it shows (tables or headings).
	 */
	static ReportFormat decide(Integer year, String text, int t3Rows, List<SectionSplitter.Section> sections) {
		if (year != null) {
			return (year < 2019) ? ReportFormat.LEGACY : likelyTemplate(year, text);
		}
		long headings = TEMPLATE_HEADINGS.stream()
			.filter((heading) -> sections.stream().anyMatch((s) -> heading.matcher(s.title()).find()))
			.count();
		if (t3Rows < MIN_T3_ROWS && headings < MIN_HEADINGS) {
			return ReportFormat.LEGACY;
		}
		return likelyTemplate(null, text);
	}

	private ReportFormats() {
	}

}
