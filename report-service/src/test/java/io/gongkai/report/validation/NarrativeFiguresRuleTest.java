package io.gongkai.report.validation;

import java.util.stream.Stream;

import io.gongkai.report.template.ReportTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which narrative statements R7 reads, on the 2021 sample (51 new requests, 51
 * concluded).
 */
class NarrativeFiguresRuleTest {

	private static final ReportValidator validator = new ReportValidator(ReportTemplate.national());

	static Stream<Arguments> statements() {
		return Stream.of(Arguments.of("全年共收到政府信息公开申请50件。", 50L), Arguments.of("本年度新收政府信息公开申请５０件。", 50L),
				Arguments.of("本年度收到申请数量为50件。", 50L), Arguments.of("全年已办结政府信息公开申请50件。", 50L),
				Arguments.of("2021年收到申请50件。", 50L), Arguments.of("全年共收到政府信息公开申请51件，办结51件。", null),
				Arguments.of("全年收到自然人申请45件。", null), Arguments.of("全年收到法人或其他组织申请6件。", null),
				Arguments.of("全年收到政府信息公开申请50余件。", null), Arguments.of("全年收到政府信息公开申请约50件。", null),
				Arguments.of("2020年收到申请42件。", null), Arguments.of("与上年收到申请42件相比有所增加。", null),
				Arguments.of("全年收到政府信息公开申请五十件。", null));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("statements")
	void onlyAnExactStatementOfTheWholeYearsFigureIsComparedWithTheTable(String text, Long stated) {
		ValidationInput input = SampleReport.of2021().withSection("s1", text).input();

		var findings = validator.validate(input);

		if (stated == null) {
			assertThat(findings).isEmpty();
		}
		else {
			assertThat(findings).singleElement().satisfies((finding) -> {
				assertThat(finding.rule()).isEqualTo(RuleId.R7);
				assertThat(finding.found()).isEqualTo(stated);
				assertThat(finding.expected()).isEqualTo(51L);
				assertThat(finding.message()).contains("「一、总体情况」写明").contains("相差1");
			});
		}
	}

}
