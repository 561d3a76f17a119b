package io.gongkai.report.validation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gongkai.report.template.Cell;
import io.gongkai.report.template.FormatTemplate;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Section;
import io.gongkai.report.template.TemplateFormat;

/**
 * SECTION: each of the six mandated sections must be there. A text section is missing
 * when its text is blank; a table section when no cell of its table is reported. From
 * 2021, section 六 must also state the 信息处理费 collected (国办公开办函〔2021〕30号), even if none.
 */
final class MandatedSectionsRule implements Rule {

	static final String FEE_SECTION = "s6";

	static final String FEE_WORD = "信息处理费";

	private final ReportTemplate template;

	/** Per format and table section, the ids of its cells. */
	private final Map<TemplateFormat, Map<String, List<String>>> tableCells = new EnumMap<>(TemplateFormat.class);

	MandatedSectionsRule(ReportTemplate template) {
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

	@Override
	public void check(ValidationInput input, List<Finding> findings) {
		FormatTemplate format = this.template.format(input.format());
		for (Section section : format.sections()) {
			boolean empty = section.isText() ? input.section(section.id()).isBlank()
					: allBlank(this.tableCells.get(input.format()).get(section.id()), input);
			if (empty) {
				findings.add(new Finding(RuleId.SECTION, Severity.WARNING, List.of(), List.of(), null, null,
						"缺少「" + section.label() + "」"
								+ (section.isText() ? "或内容为空，请补写" : "：表" + section.table() + "未填报，请填写"),
						"Section " + section.label() + " (" + section.id() + ") is missing or empty; "
								+ (section.isText() ? "write it" : "fill in table " + section.table())));
			}
		}
		String fees = input.section(FEE_SECTION);
		if (input.format() == TemplateFormat.TEMPLATE_2021 && !fees.isBlank() && !fees.contains(FEE_WORD)) {
			findings.add(new Finding(RuleId.SECTION, Severity.WARNING, List.of(), List.of(), null, null,
					"「" + format.section(FEE_SECTION).map(Section::label).orElse(FEE_SECTION) + "」未说明" + FEE_WORD
							+ "的收取情况；2021年起须报告，未收取也请写明",
					"Section " + FEE_SECTION + " does not state the information processing fees (信息处理费) collected; "
							+ "required from 2021, even when none were collected"));
		}
	}

	private static boolean allBlank(List<String> cellIds, ValidationInput input) {
		for (String id : cellIds) {
			if (!input.cells().isBlank(id)) {
				return false;
			}
		}
		return true;
	}

}
