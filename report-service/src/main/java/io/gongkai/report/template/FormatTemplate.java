package io.gongkai.report.template;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template of one format: its sections, its tables and every cell with its labels.
 * The legacy format has no sections and no cells.
 */
public final class FormatTemplate {

	private final TemplateFormat format;

	private final List<Section> sections;

	private final Map<Table, TableLayout> tables;

	private final Map<String, Cell> cells;

	FormatTemplate(TemplateFormat format, List<Section> sections, List<TableLayout> tables) {
		this.format = format;
		this.sections = List.copyOf(sections);
		Map<Table, TableLayout> byTable = new EnumMap<>(Table.class);
		Map<String, Cell> byId = new LinkedHashMap<>();
		for (TableLayout layout : tables) {
			byTable.put(layout.table(), layout);
			for (Cell cell : layout.cells()) {
				if (byId.put(cell.id(), cell) != null) {
					throw new IllegalStateException(
							"Template " + format.id() + " defines cell " + cell.id() + " twice");
				}
			}
		}
		this.tables = Collections.unmodifiableMap(byTable);
		this.cells = Collections.unmodifiableMap(byId);
	}

	public TemplateFormat format() {
		return this.format;
	}

	/** The mandated sections in order; empty for the legacy format. */
	public List<Section> sections() {
		return this.sections;
	}

	public Optional<Section> section(String id) {
		return this.sections.stream().filter((section) -> section.id().equals(id)).findFirst();
	}

	/**
	 * The layout of a table.
	 * @param table the table
	 * @return its layout
	 * @throws IllegalArgumentException if the format has no tables
	 */
	public TableLayout table(Table table) {
		TableLayout layout = this.tables.get(table);
		if (layout == null) {
			throw new IllegalArgumentException("Format " + this.format.id() + " has no table " + table);
		}
		return layout;
	}

	public boolean hasTables() {
		return !this.tables.isEmpty();
	}

	/** Every cell of every table, by id, in printed order (T2, T3, T4). */
	public Map<String, Cell> cells() {
		return this.cells;
	}

	public Optional<Cell> cell(String id) {
		return Optional.ofNullable(this.cells.get(id));
	}

}
