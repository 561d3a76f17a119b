package io.gongkai.report.validation;

import java.util.List;
import java.util.Map;

import io.gongkai.report.template.FormatTemplate;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Section;

/**
 * SECTION, in the check before submission only: each of the six mandated sections must be
 * there ({@link MandatedSections}: a text section is missing when its text is blank, a
 * table section when no cell of its table is reported). A missing text section is a
 * warning; a missing table is an error, unless the agency states for that table that it
 * had nothing to report (本年度无此项内容). A report just opened is not told what it has not
 * written yet: a draft's findings leave this rule out.
 */
final class MandatedSectionsRule implements Rule {

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
			if (presence.get(section.id())) {
				continue;
			}
			if (section.isText()) {
				findings.add(new Finding(RuleId.SECTION, Severity.WARNING, List.of(), List.of(), null, null,
						"缺少「" + section.label() + "」或内容为空，请补写",
						"Section " + section.label() + " is missing or empty; write it"));
			}
			else if (!input.nothingToReport().contains(section.table())) {
				findings.add(new Finding(RuleId.SECTION, Severity.ERROR, List.of(), List.of(), null, null,
						"缺少「" + section.label() + "」：表" + section.table() + "未填报。请填写；如本年度确无此项内容，请勾选「本年度无此项内容」",
						"Section " + section.label() + " is missing: table " + section.table() + " is not filled in. "
								+ "Fill it in, or, if there was nothing to report this year, tick 'Nothing to report "
								+ "this year'"));
			}
		}
	}

}
