package io.gongkai.report.report;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTest {

	@ParameterizedTest(name = "a {1}''s report on {0} is due on {2}")
	@CsvSource(textBlock = """
			2008, department, 2009-03-31
			2018, department, 2019-03-31
			2018, government, 2019-03-31
			2019, department, 2020-01-31
			2019, government, 2020-03-31
			2023, department, 2024-01-31
			2023, government, 2024-03-31
			""")
	void aReportIsDueByTheRulesOfItsPeriodAndKind(int year, AgencyKind kind, LocalDate due) {
		assertThat(Deadlines.dueDate(year, kind)).isEqualTo(due);
	}

	@ParameterizedTest(name = "submitted on {0}: on time {1}")
	@CsvSource(textBlock = """
			2024-01-30, true
			2024-01-31, true
			2024-02-01, false
			""")
	void aReportSubmittedOnItsDeadlineIsOnTimeAndADayLaterIsNot(LocalDate submitted, boolean onTime) {
		assertThat(Deadlines.onTime(LocalDate.of(2024, 1, 31), submitted)).isEqualTo(onTime);
	}

}
