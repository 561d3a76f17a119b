package io.gongkai.report.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongkai.report.document.PrintedDocument.Grid;
import io.gongkai.report.document.PrintedDocument.GridCell;
import io.gongkai.report.report.Metric;

/**
 * The catalogue figures of a legacy report as a table: what each counts, the figure as
 * stated ({@code 6000余}, {@code 约300}) and its unit. Only figures the report gives are
 * printed; an absent figure is not reported, not zero.
 */
final class LegacyFigures {

	/** Figure id to its printed name and unit, in printed order. */
	private static final Map<String, String[]> FIGURES = new LinkedHashMap<>();

	static {
		FIGURES.put("proactive.total", new String[] { "主动公开政府信息", "条" });
		FIGURES.put("proactive.website", new String[] { "其中：通过门户网站公开", "条" });
		FIGURES.put("requests.received", new String[] { "收到政府信息公开申请", "件" });
		FIGURES.put("requests.answered", new String[] { "已答复（办结）申请", "件" });
		FIGURES.put("requests.granted", new String[] { "其中：同意公开", "件" });
		FIGURES.put("requests.partial", new String[] { "其中：同意部分公开", "件" });
		FIGURES.put("requests.denied", new String[] { "其中：不予公开", "件" });
		FIGURES.put("review.total", new String[] { "行政复议", "件" });
		FIGURES.put("review.corrected", new String[] { "其中：被纠正", "件" });
		FIGURES.put("litigation.total", new String[] { "行政诉讼", "件" });
		FIGURES.put("litigation.corrected", new String[] { "其中：被纠正（败诉）", "件" });
		FIGURES.put("complaints.total", new String[] { "申诉、投诉、举报", "件" });
		FIGURES.put("fees.collected_yuan", new String[] { "收取费用", "元" });
		FIGURES.put("staff.full_time", new String[] { "专职工作人员", "人" });
		FIGURES.put("staff.part_time", new String[] { "兼职工作人员", "人" });
		FIGURES.put("consultations.total", new String[] { "政府信息公开咨询", "人次" });
		FIGURES.put("website.visits", new String[] { "门户网站访问量", "次" });
	}

	private LegacyFigures() {
	}

	/** The table, or {@code null} when the report gives no figure. */
	static Grid of(Map<String, Metric> metrics) {
		if (metrics.isEmpty()) {
			return null;
		}
		List<List<GridCell>> rows = new ArrayList<>();
		rows.add(List.of(GridCell.label("指标", 1, 1), GridCell.label("数量", 1, 1), GridCell.label("单位", 1, 1)));
		List<String> ids = new ArrayList<>(FIGURES.keySet());
		metrics.keySet().stream().filter((id) -> !FIGURES.containsKey(id)).forEach(ids::add);
		for (String id : ids) {
			Metric metric = metrics.get(id);
			if (metric == null) {
				continue;
			}
			String[] printed = FIGURES.getOrDefault(id, new String[] { id, "" });
			rows.add(List.of(GridCell.label(printed[0], 1, 1),
					new GridCell(stated(metric), 1, 1, false, "metrics." + id), GridCell.label(printed[1], 1, 1)));
		}
		return new Grid("figures", 3, 1, rows);
	}

	/** {@code 6000}, {@code 6000余} (at least) or {@code 约6000} (approximately). */
	static String stated(Metric metric) {
		return switch (metric.qualifier()) {
			case "at_least" -> metric.value() + "余";
			case "approx" -> "约" + metric.value();
			default -> metric.value().toString();
		};
	}

}
