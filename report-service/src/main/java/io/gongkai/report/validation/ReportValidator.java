package io.gongkai.report.validation;

import java.util.ArrayList;
import java.util.List;

import io.gongkai.report.template.FormatTemplate;
import io.gongkai.report.template.NegativeCellValueException;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Section;
import io.gongkai.report.template.UnknownCellException;

/**
 * Checks a report against the consistency rules of the template (R1–R7) and a few
 * plausibility checks (YOY, ZERO, SECTION). The equations are derived from the template
 * once, when the validator is built; validating only reads the report. Immutable and
 * thread-safe: build one and share it.
 *
 * <p>
 * R1–R4 find {@link Severity#ERROR errors}, except where blank cells leave an equation
 * undecided (see {@link Equation}); everything else is a {@link Severity#WARNING
 * warning}. A legacy (free-text) report has nothing to check and yields no finding.
 */
public final class ReportValidator {

	private final ReportTemplate template;

	/** The rules on what was written. */
	private final List<Rule> draftRules;

	/** The same, and the mandated sections: the check before submission. */
	private final List<Rule> rules;

	public ReportValidator(ReportTemplate template) {
		this.template = template;
		this.draftRules = List.of(new T3BalanceRule(template), new T3ResultsSumRule(template),
				new T3ApplicantSumRule(template), new T4OutcomeSumRule(template), new CarryOverRule(template),
				new InForceRule(template), new NarrativeFiguresRule(template), new YearOverYearRule(template),
				new AllZeroRule(template), new NothingToReportRule(template), new FeeStatementRule(template));
		List<Rule> all = new ArrayList<>(this.draftRules);
		all.add(new MandatedSectionsRule(template));
		this.rules = List.copyOf(all);
	}

	/**
	 * Validates a report.
	 * @param input the report, with the previous year's when known
	 * @return what was found, in rule order (R1 … R7, YOY, ZERO, SECTION); empty when
	 * nothing was
	 * @throws UnknownCellException if the report or the previous one names a cell its
	 * format does not have
	 * @throws NegativeCellValueException if a count is negative
	 * @throws IllegalArgumentException if it names a section other than s1 to s6
	 */
	public List<Finding> validate(ValidationInput input) {
		return validate(input, this.rules);
	}

	/**
	 * Validates a draft as it is being written: what was written, without the mandated
	 * sections not written yet (those are for the check before submission,
	 * {@link #validate(ValidationInput)}).
	 * @param input the report, with the previous year's when known
	 * @return what was found, in rule order; empty when nothing was
	 */
	public List<Finding> validateDraft(ValidationInput input) {
		return validate(input, this.draftRules);
	}

	private List<Finding> validate(ValidationInput input, List<Rule> rules) {
		checkIds(input);
		input.previousYear().ifPresent(this::checkIds);
		if (!input.format().hasTables()) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		for (Rule rule : rules) {
			rule.check(input, findings);
		}
		return List.copyOf(findings);
	}

	private void checkIds(ValidationInput input) {
		this.template.checkCellValues(input.format(), input.cells());
		FormatTemplate format = this.template.format(input.format());
		if (format.sections().isEmpty()) {
			return;
		}
		List<String> unknown = input.sections()
			.keySet()
			.stream()
			.filter((id) -> format.section(id).isEmpty())
			.sorted()
			.toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("Format " + input.format().id() + " has no section "
					+ String.join(", ", unknown) + "; sections are "
					+ String.join(", ", format.sections().stream().map(Section::id).toList()));
		}
	}

}
