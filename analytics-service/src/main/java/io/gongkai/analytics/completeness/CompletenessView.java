package io.gongkai.analytics.completeness;

import io.gongkai.analytics.export.ExportTable;
import io.gongkai.analytics.nation.Freshness;

import java.time.Instant;
import java.util.List;

/**
 * Who reported, province by province and year by year, whether on time, and how complete
 * the accepted reports are.
 *
 * @param from the first year
 * @param to the last year
 * @param rows one row per visible province and year, in code then year order
 * @param national one row per year for the nation
 * @param freshness how fresh the data is
 */
record CompletenessView(int from, int to, List<Row> rows, List<Row> national, Freshness freshness) {

	/**
	 * One province (or the nation) on one year.
	 *
	 * @param province province code, {@code null} for the nation
	 * @param name its name, or 全国
	 * @param year the year
	 * @param expected registered agencies existing that year (created in or before it,
	 * not abolished before it)
	 * @param reported expected agencies that submitted a report (submitted, returned,
	 * accepted or published)
	 * @param accepted of those, agencies with an accepted or published version
	 * @param pending of those, agencies whose report is submitted but has no accepted
	 * version yet
	 * @param missing expected agencies that have not submitted
	 * @param onTime submitted reports of expected agencies that came in by their deadline
	 * @param late those that came in after it
	 * @param timelinessUnknown those whose timeliness is not known
	 * @param otherReports submitted reports of agencies not expected that year (not
	 * registered, or outside their years)
	 * @param completeness reported / expected, in percent
	 * @param timeliness on time / (on time + late), in percent
	 * @param sections the mandated sections present in the accepted reports of expected
	 * agencies
	 * @param lastSyncedAt when the province's data was last brought in
	 */
	public record Row(String province, String name, int year, int expected, int reported, int accepted, int pending,
			int missing, int onTime, int late, int timelinessUnknown, int otherReports, Double completeness,
			Double timeliness, Sections sections, Instant lastSyncedAt) {

	}

	/**
	 * The six mandated sections (一 to 六) of the template reports with accepted figures of
	 * expected agencies: a text section counts when its text is not blank, a table
	 * section when a cell of its table is reported (validation's SECTION rule). Legacy
	 * reports have no mandated sections: they are counted apart, neither present nor
	 * missing.
	 *
	 * @param reports template reports counted
	 * @param mandated sections they had to have (six each)
	 * @param present of those, sections they have
	 * @param share present / mandated, in percent; {@code null} without reports counted
	 * @param legacyReports legacy reports with accepted figures, not counted
	 * @param unknownReports template reports whose sections the read model does not know
	 * (brought in before the feed carried them), not counted
	 */
	public record Sections(int reports, int mandated, int present, Double share, int legacyReports,
			int unknownReports) {

	}

	public ExportTable table() {
		ExportTable.Builder table = ExportTable.of(ExportTable.years(this.from, this.to) + "各省报送情况",
				"completeness-" + this.from + "-" + this.to, "报送情况", "省份代码", "省份", "年度", "应报机关数（个）", "已报机关数（个）",
				"已审核通过（个）", "待审核（个）", "未报机关数（个）", "按时报送（份）", "逾期报送（份）", "报送时间不详（份）", "名录外报告（份）", "报送率（%）", "按时率（%）",
				"数据更新时间", "计入章节统计的模板报告（份）", "法定章节应有数（个）", "法定章节具备数（个）", "法定章节齐备率（%）", "旧版报告（无法定章节，不计）（份）",
				"章节情况不详的模板报告（份）");
		for (List<Row> rows : List.of(this.rows, this.national)) {
			for (Row row : rows) {
				table.row((row.province() != null) ? row.province() : "全国", row.name(), row.year(), row.expected(),
						row.reported(), row.accepted(), row.pending(), row.missing(), row.onTime(), row.late(),
						row.timelinessUnknown(), row.otherReports(), row.completeness(), row.timeliness(),
						row.lastSyncedAt(), row.sections().reports(), row.sections().mandated(),
						row.sections().present(), row.sections().share(), row.sections().legacyReports(),
						row.sections().unknownReports());
			}
		}
		return table.build();
	}

}
