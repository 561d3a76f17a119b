package io.gongkai.report.validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongkai.report.template.Cell;
import io.gongkai.report.template.FormatTemplate;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Section;
import io.gongkai.report.template.Table;
import io.gongkai.report.template.TemplateFormat;

/**
 * Which of the six mandated sections a report has: a text section is missing when its
 * text is blank, a table section when no cell of its table is reported. The one
 * definition behind validation's SECTION finding and the report feed's {@code sections}.
 * Immutable and thread-safe.
 */
public final class MandatedSections {

	private final ReportTemplate template;

	/** Per format and table section, the ids of its cells. */
	private final Map<TemplateFormat, Map<String, List<String>>> tableCells = new EnumMap<>(TemplateFormat.class);

	public MandatedSections(ReportTemplate template) {
		this.template = template;
		for (TemplateFormat format : TemplateFormat.values()) {
			FormatTemplate formatTemplate = template.format(format);
			Map<String, List<String>> bySection = new HashMap<>();
			for (Section section : formatTemplate.sections()) {
				if (!section.isText()) {
					bySection.put(section.id(),
							formatTemplate.table(section.table()).cells().stream().map(Cell::id).toList());
				}
			}
			this.tableCells.put(format, bySection);
		}
	}

	/**
	 * Every mandated section of the format, in order, with whether the report has it.
	 * @param format the report's format (the legacy format mandates none: empty)
	 * @param sections section id to text; a missing section is empty
	 * @param cells cell id to figure; a missing or {@code null} figure is blank
	 * @return section id to {@code true} when present and not empty
	 */
	public Map<String, Boolean> presence(TemplateFormat format, Map<String, String> sections, Map<String, Long> cells) {
		return presence(format, sections, cells, Set.of());
	}

	/**
	 * The same, a table the agency states it had nothing to report in (本年度无此项内容) counting
	 * as there.
	 * @param statedEmpty the tables stated to have nothing to report
	 */
	public Map<String, Boolean> presence(TemplateFormat format, Map<String, String> sections, Map<String, Long> cells,
			Set<Table> statedEmpty) {
		Map<String, Boolean> presence = new LinkedHashMap<>();
		for (Section section : this.template.format(format).sections()) {
			boolean present = section.isText() ? hasText(sections.get(section.id()))
					: statedEmpty.contains(section.table())
							|| anyReported(this.tableCells.get(format).get(section.id()), cells);
			presence.put(section.id(), present);
		}
		return Collections.unmodifiableMap(presence);
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

	private static boolean anyReported(List<String> cellIds, Map<String, Long> cells) {
		for (String id : cellIds) {
			if (cells.get(id) != null) {
				return true;
			}
		}
		return false;
	}

}
