package io.gongkai.report.validation;

import java.util.Map;
import java.util.Set;

import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Table;
import io.gongkai.report.template.TemplateFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MandatedSectionsTest {

	private final MandatedSections mandated = new MandatedSections(ReportTemplate.national());

	@Test
	void aTableStatedToHaveNothingToReportCountsAsPresentAndABlankOneDoesNot() {
		Map<String, Long> cells = Map.of("t3.new_received.total", 4L);

		Map<String, Boolean> presence = this.mandated.presence(TemplateFormat.TEMPLATE_2021, Map.of("s1", "总体情况。"),
				cells, Set.of(Table.T4));

		assertThat(presence).containsExactly(Map.entry("s1", true), Map.entry("s2", false), Map.entry("s3", true),
				Map.entry("s4", true), Map.entry("s5", false), Map.entry("s6", false));
	}

}
