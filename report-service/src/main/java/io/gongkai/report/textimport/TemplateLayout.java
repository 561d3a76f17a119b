package io.gongkai.report.textimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows and columns of the template tables, read from {@code template/template.json}
 * (ids and order), with the wording that recognises each row label in flattened text.
 */
final class TemplateLayout {

	/** A table row: its id, whether it holds cells, and how its label is recognised. */
	record Row(String id, boolean hasCells, boolean optionalCells, Pattern label) {
	}

	/** A T2 row of one template version, with its column ids. */
	record T2Row(String id, Pattern label, List<String> columns) {
	}

	private static final Map<String, String> T3_LABELS = t3Labels();

	private final List<Row> t3Rows = new ArrayList<>();

	private final List<String> t3Columns = new ArrayList<>();

	private final List<String> t4Columns = new ArrayList<>();

	private final List<T2Row> t2Of2021 = new ArrayList<>();

	private final List<T2Row> t2Of2019 = new ArrayList<>();

	TemplateLayout() {
		JsonNode template;
		try (InputStream in = TemplateLayout.class.getResourceAsStream("/template/template.json")) {
			if (in == null) {
				throw new IllegalStateException("template/template.json is missing from the classpath");
			}
			template = JsonMapper.shared().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (JsonNode row : template.get("t3").get("rows")) {
			String id = row.get("id").asString();
			String kind = row.get("kind").asString();
			String label = T3_LABELS.get(id);
			if (label == null) {
				throw new IllegalStateException("no recognition wording for template row " + id);
			}
			this.t3Rows.add(new Row(id, kind.startsWith("cell") || kind.contains("cell("), kind.contains("/"),
					Pattern.compile(breakable(label))));
		}
		for (JsonNode column : template.get("t3").get("columns")) {
			String id = column.get("id").asString();
			if (!id.equals("legal_person")) {
				this.t3Columns.add(id);
			}
		}
		for (JsonNode column : template.get("t4").get("columns")) {
			this.t4Columns.add(column.get("id").asString());
		}
		readT2(template.get("t2_2021"), this.t2Of2021);
		readT2(template.get("t2_2019_trial"), this.t2Of2019);
	}

	private static void readT2(JsonNode rows, List<T2Row> into) {
		for (JsonNode row : rows) {
			List<String> columns = new ArrayList<>();
			for (JsonNode column : row.get("columns")) {
				columns.add(column.get(0).asString());
			}
			String label = row.get("label").asString();
			String regex = label.equals("规范性文件") ? "(?<!行政)规范性文件" : Pattern.quote(label);
			into.add(new T2Row(row.get("row_id").asString(), Pattern.compile(regex), columns));
		}
	}

	/**
	 * A label of Chinese characters only, allowed to be broken by one line break or space
	 * between any two of them, as PDF text and narrow table columns break long row labels
	 * ("逾期\n不补正").
	 */
	private static String breakable(String label) {
		if (!HAN_ONLY.matcher(label).matches()) {
			return label;
		}
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < label.length(); i++) {
			regex.append((i > 0) ? "\\s?" : "").append(label.charAt(i));
		}
		return regex.toString();
	}

	private static final Pattern HAN_ONLY = Pattern.compile("\\p{IsHan}+");

	List<Row> t3Rows() {
		return this.t3Rows;
	}

	List<String> t3Columns() {
		return this.t3Columns;
	}

	List<String> t4Columns() {
		return this.t4Columns;
	}

	List<T2Row> t2Rows(ReportFormat format) {
		return (format == ReportFormat.TEMPLATE_2019) ? this.t2Of2019 : this.t2Of2021;
	}

	private static Map<String, String> t3Labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("new_received", "本年新收");
		labels.put("carried_over", "上年结转");
		labels.put("results", "本年度办理结果");
		labels.put("results.granted", "[（(]一[)）]\\s*予以公开");
		labels.put("results.partial", "[（(]二[)）]\\s*部分公开");
		labels.put("results.denied", "[（(]三[)）]\\s*不予公开");
		labels.put("results.denied.state_secret", "属于国家秘密");
		labels.put("results.denied.other_law", "其他法律行政法规禁止公开");
		labels.put("results.denied.three_safety_one_stability", "三安全一稳定");
		labels.put("results.denied.third_party", "保护第三方合法权益");
		labels.put("results.denied.internal_affairs", "三类内部事务");
		labels.put("results.denied.process_info", "四类过程性");
		labels.put("results.denied.enforcement_file", "行政执法案卷");
		labels.put("results.denied.admin_query", "行政查询事项");
		labels.put("results.unable", "[（(]四[)）]\\s*无法提供");
		labels.put("results.unable.not_held", "不掌握");
		labels.put("results.unable.need_creation", "没有现成信息");
		labels.put("results.unable.still_unclear", "补正后申请内容仍不明确");
		labels.put("results.not_processed", "[（(]五[)）]\\s*不予处理");
		labels.put("results.not_processed.petition", "信访举报投诉类");
		labels.put("results.not_processed.repeat", "重复申请");
		labels.put("results.not_processed.publication", "公开出版物");
		labels.put("results.not_processed.massive_repeat", "大量反复申请");
		labels.put("results.not_processed.confirm_reissue", "确认或重新出具");
		labels.put("results.other", "[（(]六[)）]\\s*其他处理");
		labels.put("results.other.no_correction", "逾期不补正");
		labels.put("results.other.fee_unpaid", "逾期未按收费通知");
		labels.put("results.other.other", "(?<![\\p{IsHan}\\d])3\\s*[.．、]\\s*其他(?!处理|法律)");
		labels.put("results.total", "[（(]七[)）]\\s*总计");
		labels.put("carried_forward", "结转下年度");
		return labels;
	}

}
