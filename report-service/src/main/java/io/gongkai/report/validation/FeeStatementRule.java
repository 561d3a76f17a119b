package io.gongkai.report.validation;

import java.util.List;

import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Section;
import io.gongkai.report.template.TemplateFormat;

/**
 * SECTION, on what was written: from 2021, section 六 must state the 信息处理费 collected
 * (国办公开办函〔2021〕30号), even if none. Checked once section 六 has text; a blank section 六 is
 * left to the check before submission ({@link MandatedSectionsRule}).
 */
final class FeeStatementRule implements Rule {

	static final String FEE_SECTION = "s6";

	static final String FEE_WORD = "信息处理费";

	private final String sectionLabel;

	FeeStatementRule(ReportTemplate template) {
		this.sectionLabel = template.format(TemplateFormat.TEMPLATE_2021)
			.section(FEE_SECTION)
			.map(Section::label)
			.orElse(FEE_SECTION);
	}

	@Override
	public void check(ValidationInput input, List<Finding> findings) {
		String fees = input.section(FEE_SECTION);
		if (input.format() == TemplateFormat.TEMPLATE_2021 && !fees.isBlank() && !fees.contains(FEE_WORD)) {
			findings.add(new Finding(RuleId.SECTION, Severity.WARNING, List.of(), List.of(), null, null,
					"「" + this.sectionLabel + "」未说明" + FEE_WORD + "的收取情况；2021年起须报告，未收取也请写明",
					"Section " + FEE_SECTION + " does not state the information processing fees (信息处理费) collected; "
							+ "required from 2021, even when none were collected"));
		}
	}

}
