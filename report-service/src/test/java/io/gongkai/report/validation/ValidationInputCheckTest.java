package io.gongkai.report.validation;

import java.util.Map;

import io.gongkai.report.template.NegativeCellValueException;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.TemplateFormat;
import io.gongkai.report.template.UnknownCellException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the validator refuses to look at.
 */
class ValidationInputCheckTest {

	private final ReportValidator validator = new ReportValidator(ReportTemplate.national());

	@Test
	void aReportOnTheTrialTemplateCannotBeValidatedAsA2021Report() {
		SampleReport y2020 = SampleReport.of2020();
		ValidationInput input = new ValidationInput(TemplateFormat.TEMPLATE_2021, 2021,
				ReportTemplate.national().cellValues(TemplateFormat.TEMPLATE_2019, y2020.cells()), y2020.sections());

		assertThatExceptionOfType(UnknownCellException.class).isThrownBy(() -> this.validator.validate(input))
			.satisfies((ex) -> assertThat(ex.cellIds()).hasSize(26)
				.contains("t3.results.other.natural_person", "t3.results.other.total", "t2.art20_5.licensing.delta",
						"t2.art20_9.procurement.amount")
				.doesNotContain("t3.new_received.total", "t2.art20_5.licensing.decisions"))
			.withMessageContaining("Format template2021 has no cell ")
			.withMessageContaining("t3.results.other.total");
	}

	@Test
	void aPreviousYearThatIsNotTheYearBeforeIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SampleReport.of2022().input().withPrevious(SampleReport.of2020().input()))
			.withMessage("The previous report must cover 2021, not 2020");
	}

	@Test
	void aFormatThatDoesNotFitTheYearIsRefused() {
		SampleReport y2021 = SampleReport.of2021();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ValidationInput(TemplateFormat.TEMPLATE_2021, 2020,
					ReportTemplate.national().cellValues(TemplateFormat.TEMPLATE_2021, y2021.cells()), Map.of()))
			.withMessage("A report on 2020 cannot be in format template2021");
	}

	@Test
	void aSectionOutsideS1ToS6IsNamed() {
		ValidationInput input = SampleReport.of2021().withSection("s7", "其他").input();

		assertThatIllegalArgumentException().isThrownBy(() -> this.validator.validate(input))
			.withMessageContaining("has no section s7");
	}

	@Test
	void aNegativeCountIsRefusedWithItsCellNamed() {
		SampleReport y2021 = SampleReport.of2021().with("t3.results.granted.natural_person", -2L);

		assertThatExceptionOfType(NegativeCellValueException.class).isThrownBy(y2021::input)
			.satisfies((ex) -> assertThat(ex.cellIds()).containsExactly("t3.results.granted.natural_person"));
	}

}
