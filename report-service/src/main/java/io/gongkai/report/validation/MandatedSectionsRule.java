package io.gongkai.report.validation;

import java.util.List;
import java.util.Map;

import io.gongkai.report.template.FormatTemplate;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Section;
import io.gongkai.report.template.TemplateFormat;

/**
 * SECTION: each of the six mandated sections must be there ({@link MandatedSections}: a
 * text section is missing when its text is blank, a table section when no cell of its
 * table is reported). From 2021, section 六 must also state the 信息处理费 collected
 * (国办公开办函〔2021〕30号), even if none.
 */
final class MandatedSectionsRule implements Rule {

	static final String FEE_SECTION = "s6";

	static final String FEE_WORD = "信息处理费";

	private final ReportTemplate template;

	private final MandatedSections mandated;

	MandatedSectionsRule(ReportTemplate template) {
		this.template = template;
		this.mandated = new MandatedSections(template);
	}

	@Override
	public void check(ValidationInput input, List<Finding> findings) {
		FormatTemplate format = this.template.format(input.format());
		Map<String, Boolean> presence = this.mandated.presence(input.format(), input.sections(), input.cells().asMap());
		for (Section section : format.sections()) {
			if (!presence.get(section.id())) {
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

}
