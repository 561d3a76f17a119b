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
 * any was accepted).
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

	List<FindingView> of(String provinceCode, Report report, ReportVersion version) {
		if (!report.format().hasTables()) {
			return List.of();
		}
		ValidationInput input = input(report, version);
		Optional<ValidationInput> previous = this.store
			.findByAgencyAndYear(provinceCode, report.agencyId(), report.year() - 1)
			.map((last) -> input(last, last.current().orElse(last.latest())));
		return this.validator.validate(previous.map(input::withPrevious).orElse(input))
			.stream()
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
				this.template.cellValues(report.format(), version.content().cells()), version.content().sections());
	}

}
