package io.gongkai.report.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import io.gongkai.report.SampleReports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Request bodies built from the complete sample reports of the validation tests, and a
 * clock fixed on 10 February 2022 in China: after the 31 January deadline of a
 * department's report on 2021, before the 31 March deadline of a government's.
 */
final class ReportFixtures {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Instant NOW = Instant.parse("2022-02-10T02:00:00Z");

	private ReportFixtures() {
	}

	/** The complete, consistent 2021 report of 某市人力资源和社会保障局, as a create request. */
	static ObjectNode complete2021(String kind) {
		return SampleReports.complete2021(kind);
	}

	/** The same content as an update request (no year, format or kind). */
	static ObjectNode asUpdate(ObjectNode create) {
		ObjectNode update = create.deepCopy();
		update.remove("year");
		update.remove("format");
		update.remove("kind");
		return update;
	}

	static JsonNode sample(String name) {
		return SampleReports.sample(name);
	}

	static JsonNode body(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
		}

	}

}
