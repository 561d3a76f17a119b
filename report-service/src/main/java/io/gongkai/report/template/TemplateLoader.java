package io.gongkai.report.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code template.json} into one {@link FormatTemplate} per format. Fails loudly on
 * anything it does not understand, so a change of the file cannot pass unnoticed.
 */
final class TemplateLoader {

	private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+\\.)");

	private static final Pattern TRAILING_NOTE = Pattern.compile("（[^（）]*）$");

	private static final String LABEL_JOINER = "·";

	/** A column printed as 增/减 holds a change, which may be negative. */
	private static final String SIGNED_MARK = "增/减";

	private enum RowKind {

		CELL, GROUP, ABSENT

	}

	private TemplateLoader() {
	}

	static Map<TemplateFormat, FormatTemplate> load(InputStream json) {
		JsonNode root;
		try (json) {
			root = JsonMapper.builder().build().readTree(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the template", ex);
		}
		List<Section> sections = sections(root.required("sections"));
		Map<TemplateFormat, FormatTemplate> formats = new LinkedHashMap<>();
		formats.put(TemplateFormat.LEGACY, new FormatTemplate(TemplateFormat.LEGACY, List.of(), List.of()));
		for (TemplateFormat format : List.of(TemplateFormat.TEMPLATE_2019, TemplateFormat.TEMPLATE_2021)) {
			String t2Key = (format == TemplateFormat.TEMPLATE_2019) ? "t2_2019_trial" : "t2_2021";
			List<TableLayout> tables = List.of(t2(root.required(t2Key)), t3(root.required("t3"), format),
					t4(root.required("t4")));
			formats.put(format, new FormatTemplate(format, sections, tables));
		}
		return formats;
	}

	private static List<Section> sections(JsonNode node) {
		List<Section> sections = new ArrayList<>();
		for (JsonNode section : node) {
			String kind = section.required("kind").asString();
			Table table = switch (kind) {
				case "text" -> null;
				case "table_t2" -> Table.T2;
				case "table_t3" -> Table.T3;
				case "table_t4" -> Table.T4;
				default -> throw new IllegalStateException("Unknown section kind " + kind);
			};
			sections.add(new Section(section.required("id").asString(), section.required("label").asString(), table));
		}
		return sections;
	}

	private static TableLayout t2(JsonNode node) {
		List<Row> rows = new ArrayList<>();
		Map<String, Column> columns = new LinkedHashMap<>();
		List<Cell> cells = new ArrayList<>();
		for (JsonNode rowNode : node) {
			Row row = new Row(rowNode.required("row_id").asString(), rowNode.required("label").asString(), null, true);
			rows.add(row);
			for (JsonNode columnNode : rowNode.required("columns")) {
				Column column = new Column(columnNode.get(0).asString(), columnNode.get(1).asString(), null);
				columns.putIfAbsent(column.id(), column);
				cells.add(new Cell("t2." + row.id() + "." + column.id(), Table.T2, row.id(), column.id(),
						shortLabel(row.label()), column.label(), column.label().contains(SIGNED_MARK)));
			}
		}
		return new TableLayout(Table.T2, rows, new ArrayList<>(columns.values()), cells);
	}

	private static TableLayout t3(JsonNode node, TemplateFormat format) {
		List<Column> columns = columns(node.required("columns"));
		List<Row> rows = new ArrayList<>();
		Map<String, Row> byId = new HashMap<>();
		for (JsonNode rowNode : node.required("rows")) {
			String id = rowNode.required("id").asString();
			String parentId = rowNode.path("parent").isNull() ? null : rowNode.path("parent").asString(null);
			RowKind kind = kind(rowNode.required("kind").asString(), format);
			if (kind == RowKind.ABSENT || (parentId != null && byId.get(parentId) == null)) {
				continue;
			}
			Row row = new Row(id, rowNode.required("label").asString(), parentId, kind == RowKind.CELL);
			rows.add(row);
			byId.put(id, row);
		}
		TableLayout shape = new TableLayout(Table.T3, rows, columns, List.of());
		List<Cell> cells = new ArrayList<>();
		for (Row row : shape.cellRows()) {
			for (Column column : shape.leafColumns()) {
				cells.add(new Cell("t3." + row.id() + "." + column.id(), Table.T3, row.id(), column.id(),
						rowLabel(row, byId), columnLabel(column, columns), false));
			}
		}
		return new TableLayout(Table.T3, rows, columns, cells);
	}

	private static TableLayout t4(JsonNode node) {
		List<Column> columns = new ArrayList<>(columns(node.required("column_groups")));
		columns.addAll(columns(node.required("columns")));
		JsonNode rowNodes = node.required("rows");
		if (rowNodes.size() != 1) {
			throw new IllegalStateException("T4 is expected to have a single row, found " + rowNodes.size());
		}
		Row row = new Row(rowNodes.get(0).required("id").asString(), "", null, true);
		TableLayout shape = new TableLayout(Table.T4, List.of(row), columns, List.of());
		List<Cell> cells = new ArrayList<>();
		for (Column column : shape.leafColumns()) {
			cells.add(new Cell("t4." + column.id(), Table.T4, row.id(), column.id(), "", columnLabel(column, columns),
					false));
		}
		return new TableLayout(Table.T4, List.of(row), columns, cells);
	}

	private static List<Column> columns(JsonNode node) {
		List<Column> columns = new ArrayList<>();
		for (JsonNode column : node) {
			JsonNode parent = column.path("parent");
			columns.add(new Column(column.required("id").asString(), column.required("label").asString(),
					(parent.isMissingNode() || parent.isNull()) ? null : parent.asString()));
		}
		return columns;
	}

	/**
	 * Reads a row kind such as {@code cell}, {@code group(2021) / cell(2019试行)} or
	 * {@code cell (2021 only)}: a segment naming no year applies to every format, one
	 * naming years applies to those only; a row no segment applies to is absent.
	 */
	private static RowKind kind(String kind, TemplateFormat format) {
		String year = (format == TemplateFormat.TEMPLATE_2019) ? "2019" : "2021";
		for (String segment : kind.split("/")) {
			String text = segment.trim();
			RowKind base;
			if (text.startsWith("cell")) {
				base = RowKind.CELL;
			}
			else if (text.startsWith("group")) {
				base = RowKind.GROUP;
			}
			else {
				throw new IllegalStateException("Unknown T3 row kind " + kind);
			}
			boolean namesYears = text.contains("2019") || text.contains("2021");
			if (!namesYears || text.contains(year)) {
				return base;
			}
		}
		return RowKind.ABSENT;
	}

	private static String rowLabel(Row row, Map<String, Row> rows) {
		String label = shortLabel(row.label());
		Row parent = (row.parentId() != null) ? rows.get(row.parentId()) : null;
		while (parent != null) {
			label = shortLabel(parent.label()) + LABEL_JOINER + label;
			parent = (parent.parentId() != null) ? rows.get(parent.parentId()) : null;
		}
		return label;
	}

	private static String columnLabel(Column column, List<Column> columns) {
		String label = column.label();
		String parentId = column.parentId();
		while (parentId != null) {
			String id = parentId;
			Column parent = columns.stream()
				.filter((candidate) -> candidate.id().equals(id))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Unknown parent column " + id));
			label = parent.label() + LABEL_JOINER + label;
			parentId = parent.parentId();
		}
		return label;
	}

	static String shortLabel(String label) {
		return TRAILING_NOTE.matcher(NUMBERING.matcher(label).replaceFirst("")).replaceFirst("");
	}

}
