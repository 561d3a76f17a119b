package io.gongkai.report.report;

import java.util.List;
import java.util.Optional;

import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.validation.ReportValidator;
import io.gongkai.report.validation.ValidationInput;

import org.springframework.stereotype.Component;

/**
 * Validates a version of a report, comparing it with the same agency's report on the year
 * before from the same province's database (its current version, or its last one before
 * any was accepted). A version being written (draft, returned) is checked for what was
 * written; the mandated sections not written yet are for the check before submission. A
 * version submitted or decided is shown with the check it was submitted under.
 */
@Component
class ReportFindings {

	private final ReportTemplate template = ReportTemplate.national();

	private final ReportValidator validator = new ReportValidator(this.template);

	private final ReportStore store;

	ReportFindings(ReportStore store) {
		this.store = store;
	}

	ReportTemplate template() {
		return this.template;
	}

	/**
	 * What the page shows of a version: for one being written, what concerns what was
	 * written.
	 */
	List<FindingView> of(String provinceCode, Report report, ReportVersion version) {
		return find(provinceCode, report, version, version.status().isEditable());
	}

	/** The check before submission: everything, the mandated sections included. */
	List<FindingView> beforeSubmission(String provinceCode, Report report, ReportVersion version) {
		return find(provinceCode, report, version, false);
	}

	private List<FindingView> find(String provinceCode, Report report, ReportVersion version, boolean draft) {
		if (!report.format().hasTables()) {
			return List.of();
		}
		ValidationInput input = input(report, version);
		Optional<ValidationInput> previous = this.store
			.findByAgencyAndYear(provinceCode, report.agencyId(), report.year() - 1)
			.map((last) -> input(last, last.current().orElse(last.latest())));
		ValidationInput checked = previous.map(input::withPrevious).orElse(input);
		return (draft ? this.validator.validateDraft(checked) : this.validator.validate(checked)).stream()
			.map((finding) -> FindingView.of(finding, null))
			.map((finding) -> withExplanation(finding, version))
			.toList();
	}

	private static FindingView withExplanation(FindingView finding, ReportVersion version) {
		String explanation = version.explanations().get(finding.key());
		return (explanation == null) ? finding
				: new FindingView(finding.key(), finding.rule(), finding.severity(), finding.cells(),
						finding.blankCells(), finding.expected(), finding.found(), finding.message(),
						finding.messageEn(), explanation);
	}

	private ValidationInput input(Report report, ReportVersion version) {
		return new ValidationInput(report.format(), report.year(),
				this.template.cellValues(report.format(), version.content().cells()), version.content().sections())
			.withNothingToReport(version.content().nothingToReport());
	}

}
