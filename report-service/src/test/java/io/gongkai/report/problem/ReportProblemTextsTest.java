package io.gongkai.report.problem;

import org.junit.jupiter.api.Test;

import io.gongkai.platform.problem.test.ProblemBundles;

class ReportProblemTextsTest {

	@Test
	void everyReportProblemHasAChineseAndAnEnglishTitleAndDetailAndNoTextIsLeftOver() {
		ProblemBundles.assertEveryTypeSpeaksChineseAndEnglish(ReportProblem.class, "problems");
	}

	@Test
	void everyOtherTextOfTheAnswersIsInChineseAndInEnglish() {
		ProblemBundles.assertFieldMessagesSpeakChineseAndEnglish("messages");
	}

	@Test
	void everyFieldMessageIsInChineseAndInEnglish() {
		ProblemBundles.assertFieldMessagesSpeakChineseAndEnglish("fields");
	}

}
