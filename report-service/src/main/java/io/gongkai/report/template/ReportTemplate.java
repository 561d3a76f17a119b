package io.gongkai.report.template;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national template (国办公开办函〔2019〕60号 and 〔2021〕30号) as data: sections, tables and
 * cells of each format, read once from {@code template/template.json}. Immutable and safe
 * to share.
 */
public final class ReportTemplate {

	private static final String RESOURCE = "/template/template.json";

	private final Map<TemplateFormat, FormatTemplate> formats;

	private ReportTemplate(Map<TemplateFormat, FormatTemplate> formats) {
		this.formats = Map.copyOf(formats);
	}

	/**
	 * The template shipped with the service, read on first use.
	 * @return the national template
	 */
	public static ReportTemplate national() {
		return National.TEMPLATE;
	}

	/**
	 * Reads a template in the format of {@code template.json}.
	 * @param json the document; closed when read
	 * @return the template
	 */
	public static ReportTemplate read(InputStream json) {
		return new ReportTemplate(TemplateLoader.load(json));
	}

	public FormatTemplate format(TemplateFormat format) {
		return this.formats.get(format);
	}

	public Optional<Cell> cell(TemplateFormat format, String cellId) {
		return format(format).cell(cellId);
	}

	/**
	 * Checks that every id names a cell of the format.
	 * @param format the report's format
	 * @param cellIds the ids a report carries
	 * @throws UnknownCellException naming every unknown id, in the given order
	 */
	public void checkCellIds(TemplateFormat format, Collection<String> cellIds) {
		Map<String, Cell> cells = format(format).cells();
		List<String> unknown = cellIds.stream().filter((id) -> !cells.containsKey(id)).distinct().toList();
		if (!unknown.isEmpty()) {
			throw new UnknownCellException(format, unknown);
		}
	}

	/**
	 * The figures of a report of the given format, checked.
	 * @param format the report's format
	 * @param values cell id to figure; a missing or {@code null} figure is blank
	 * @return the checked figures
	 * @throws UnknownCellException naming, sorted, every id that names no cell of the
	 * format
	 * @throws NegativeCellValueException naming, sorted, every negative count
	 */
	public CellValues cellValues(TemplateFormat format, Map<String, Long> values) {
		CellValues cells = CellValues.of(values);
		checkCellValues(format, cells);
		return cells;
	}

	/**
	 * Checks figures against a format: every id names a cell of it, and no count is
	 * negative (only a 增/减 change may be).
	 * @param format the report's format
	 * @param cells the figures
	 * @throws UnknownCellException naming every unknown id
	 * @throws NegativeCellValueException naming every negative count
	 */
	public void checkCellValues(TemplateFormat format, CellValues cells) {
		Map<String, Cell> known = format(format).cells();
		List<String> unknown = null;
		List<String> negative = null;
		for (Map.Entry<String, Long> entry : cells.asMap().entrySet()) {
			Cell cell = known.get(entry.getKey());
			if (cell == null) {
				unknown = add(unknown, entry.getKey());
			}
			else if (entry.getValue() < 0 && !cell.signed()) {
				negative = add(negative, entry.getKey());
			}
		}
		if (unknown != null) {
			throw new UnknownCellException(format, unknown.stream().sorted().toList());
		}
		if (negative != null) {
			throw new NegativeCellValueException(negative.stream().sorted().toList());
		}
	}

	private static List<String> add(List<String> ids, String id) {
		List<String> list = (ids != null) ? ids : new ArrayList<>();
		list.add(id);
		return list;
	}

	private static final class National {

		private static final ReportTemplate TEMPLATE = load();

		private static ReportTemplate load() {
			InputStream json = ReportTemplate.class.getResourceAsStream(RESOURCE);
			if (json == null) {
				throw new IllegalStateException("Missing " + RESOURCE + " on the class path");
			}
			return read(json);
		}

	}

}
