package io.gongkai.report.textimport;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps template table cells onto the metric catalogue: requests.received is the total
 * column of 本年新收, requests.answered that of 办理结果总计, requests.denied the sum of the 不予公开
 * reasons; review and litigation come from T4 (litigation adds the direct and
 * after-review lawsuits). A metric whose cells are all blank stays absent.
 */
final class TemplateMetrics {

	private static final Map<String, List<String>> SOURCES = sources();

	Map<String, MetricValue> map(String text, TemplateTableReader.Tables tables) {
		Map<String, MetricValue> metrics = new LinkedHashMap<>();
		Map<String, BigDecimal> cells = tables.cells();
		for (Map.Entry<String, List<String>> source : SOURCES.entrySet()) {
			BigDecimal total = null;
			int[] span = null;
			for (String cell : source.getValue()) {
				BigDecimal value = cells.get(cell);
				if (value == null) {
					continue;
				}
				total = (total == null) ? value : total.add(value);
				int[] rowSpan = tables.spans().get(rowOf(cell));
				if (rowSpan != null) {
					span = (span == null) ? rowSpan.clone()
							: new int[] { Math.min(span[0], rowSpan[0]), Math.max(span[1], rowSpan[1]) };
				}
			}
			if (total != null && span != null) {
				metrics.put(source.getKey(), MetricValue.of(total, Qualifier.EXACT, text, span[0], span[1]));
			}
		}
		return metrics;
	}

	private static String rowOf(String cell) {
		if (cell.startsWith("t4.")) {
			return "t4";
		}
		return cell.substring(0, cell.lastIndexOf('.'));
	}

	private static Map<String, List<String>> sources() {
		Map<String, List<String>> sources = new LinkedHashMap<>();
		sources.put("requests.received", List.of("t3.new_received.total"));
		sources.put("requests.answered", List.of("t3.results.total.total"));
		sources.put("requests.granted", List.of("t3.results.granted.total"));
		sources.put("requests.partial", List.of("t3.results.partial.total"));
		sources.put("requests.denied",
				List.of("t3.results.denied.state_secret.total", "t3.results.denied.other_law.total",
						"t3.results.denied.three_safety_one_stability.total", "t3.results.denied.third_party.total",
						"t3.results.denied.internal_affairs.total", "t3.results.denied.process_info.total",
						"t3.results.denied.enforcement_file.total", "t3.results.denied.admin_query.total"));
		sources.put("review.total", List.of("t4.review.total"));
		sources.put("review.corrected", List.of("t4.review.corrected"));
		sources.put("litigation.total", List.of("t4.litigation.direct.total", "t4.litigation.after_review.total"));
		sources.put("litigation.corrected",
				List.of("t4.litigation.direct.corrected", "t4.litigation.after_review.corrected"));
		return sources;
	}

}
