package io.gongkai.tenant.problem;

import org.junit.jupiter.api.Test;

import io.gongkai.platform.problem.test.ProblemBundles;

class TenantProblemTextsTest {

	@Test
	void everyTenantProblemHasAChineseAndAnEnglishTitleAndDetailAndNoTextIsLeftOver() {
		ProblemBundles.assertEveryTypeSpeaksChineseAndEnglish(TenantProblem.class, "problems");
	}

	@Test
	void everyFieldMessageIsInChineseAndInEnglish() {
		ProblemBundles.assertFieldMessagesSpeakChineseAndEnglish("fields");
	}

}
