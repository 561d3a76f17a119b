package io.gongkai.report.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.gongkai.report.template.CellValues;
import io.gongkai.report.template.FormatTemplate;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.TemplateFormat;

/**
 * A rule made of equations derived once per format from the template.
 */
abstract class EquationRule implements Rule {

	private final Map<TemplateFormat, List<Equation>> equations = new EnumMap<>(TemplateFormat.class);

	EquationRule(ReportTemplate template, Function<FormatTemplate, List<Equation>> derive) {
		for (TemplateFormat format : TemplateFormat.values()) {
			FormatTemplate formatTemplate = template.format(format);
			this.equations.put(format,
					formatTemplate.hasTables() ? List.copyOf(derive.apply(formatTemplate)) : List.of());
		}
	}

	/** The equations of a format, for tests and documentation. */
	List<Equation> equations(TemplateFormat format) {
		return this.equations.get(format);
	}

	@Override
	public void check(ValidationInput input, List<Finding> findings) {
		CellValues previous = input.previousYear().map(ValidationInput::cells).orElse(null);
		for (Equation equation : this.equations.get(input.format())) {
			Finding finding = equation.check(input.cells(), previous);
			if (finding != null) {
				findings.add(finding);
			}
		}
	}

	static String english(String id) {
		return id.replace('_', ' ').replace('.', ' ');
	}

}
