package io.gongkai.analytics.problem;

import org.junit.jupiter.api.Test;

import io.gongkai.platform.problem.test.ProblemBundles;

class AnalyticsProblemTextsTest {

	@Test
	void everyAnalyticsProblemHasAChineseAndAnEnglishTitleAndDetailAndNoTextIsLeftOver() {
		ProblemBundles.assertEveryTypeSpeaksChineseAndEnglish(AnalyticsProblem.class, "problems");
	}

}
