package io.gongkai.report.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.gongkai.report.template.TemplateFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the national format prints around the figures and the template model does not
 * carry: the article each block of T2 answers (第二十条第（一）项 …), T3's note on its consistency
 * rule and its 申请人情况 header. Read once from {@code template/template.json}.
 */
final class PrintedLabels {

	private static final PrintedLabels NATIONAL = read("/template/template.json");

	private final Map<String, String> t2Blocks2019;

	private final Map<String, String> t2Blocks2021;

	private final String t3Note;

	private final String t3ColumnGroup;

	private PrintedLabels(Map<String, String> t2Blocks2019, Map<String, String> t2Blocks2021, String t3Note,
			String t3ColumnGroup) {
		this.t2Blocks2019 = t2Blocks2019;
		this.t2Blocks2021 = t2Blocks2021;
		this.t3Note = t3Note;
		this.t3ColumnGroup = t3ColumnGroup;
	}

	static PrintedLabels national() {
		return NATIONAL;
	}

	/** The article a T2 row answers, e.g. {@code 第二十条第（一）项}. */
	String t2Block(TemplateFormat format, String rowId) {
		Map<String, String> blocks = (format == TemplateFormat.TEMPLATE_2019) ? this.t2Blocks2019 : this.t2Blocks2021;
		return blocks.getOrDefault(rowId, "");
	}

	String t3Note() {
		return this.t3Note;
	}

	String t3ColumnGroup() {
		return this.t3ColumnGroup;
	}

	private static PrintedLabels read(String resource) {
		try (InputStream json = PrintedLabels.class.getResourceAsStream(resource)) {
			if (json == null) {
				throw new IllegalStateException("Missing " + resource + " on the class path");
			}
			JsonNode root = JsonMapper.builder().build().readTree(json);
			JsonNode t3 = root.required("t3");
			return new PrintedLabels(blocks(root.required("t2_2019_trial")), blocks(root.required("t2_2021")),
					t3.path("header_note").asString(""), t3.path("column_group_label").asString(""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	private static Map<String, String> blocks(JsonNode rows) {
		Map<String, String> blocks = new LinkedHashMap<>();
		for (JsonNode row : rows) {
			blocks.put(row.required("row_id").asString(), row.path("block").asString(""));
		}
		return Map.copyOf(blocks);
	}

}
