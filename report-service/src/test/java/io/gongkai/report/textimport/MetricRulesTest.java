package io.gongkai.report.textimport;

import io.gongkai.report.template.MetricCatalogue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text import reads every figure of the catalogue, and only those.
 */
class MetricRulesTest {

	@Test
	void everyCatalogueFigureHasOneRecognitionRuleInPrintedOrder() {
		assertThat(MetricRules.RULES.stream().map(MetricRule::metric).toList())
			.containsExactlyElementsOf(MetricCatalogue.national().ids());
	}

}
