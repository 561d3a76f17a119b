package io.gongkai.platform.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StrictJsonTest {

	static final JsonMapper JSON = StrictJson.strict(JsonMapper.builder()).build();

	enum Kind {

		government, department

	}

	record Body(Integer year, String agencyName, LocalDate publishedOn, Kind kind, Map<String, Long> cells,
			Map<String, String> sections, List<String> aliases, Boolean active, Double share) {

	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', textBlock = """
			a decimal in a cell; {"cells":{"t3.a":1.5}}; cells.t3.a
			a number as the agency name; {"agencyName":12345}; agencyName
			a number as a date; {"publishedOn":20210101}; publishedOn
			a decimal year; {"year":2021.5}; year
			a year in quotes; {"year":"2014"}; year
			a number for a kind; {"kind":1}; kind
			an unknown kind; {"kind":"everything"}; kind
			true as text; {"agencyName":true}; agencyName
			a number in a list of text; {"aliases":[1]}; aliases[0]
			text for a list; {"aliases":"甲"}; aliases
			an operator as a key; {"sections":{"$gt":""}}; sections
			a number as a yes or no; {"active":1}; active
			text as a share; {"share":"0.5"}; share
			a NUL in a section; {"sections":{"s1":"a\\u0000b"}}; sections.s1
			a lone surrogate; {"agencyName":"\\ud800"}; agencyName
			a control character in a key; {"sections":{"s\\u0007":"x"}}; sections
			""")
	void scalarsAreTakenAsSentOrRefusedNamingTheField(String name, String body, String field) {
		JacksonException exception = catchThrowableOfType(JacksonException.class,
				() -> JSON.readValue(body, Body.class));
		assertThat(exception).as(name).isNotNull();
		ProblemDetail problem = JsonProblems.of(exception, PlatformProblem.MALFORMED_BODY);
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(String.valueOf(problem.getProperties().get("field"))).startsWith(field);
		assertThat(problem.getDetail()).contains(field)
			.doesNotContainPattern("java\\.|tools\\.|org\\.|Exception|JsonToken|<String|LinkedHashMap|VALUE_");
	}

	@Test
	void valuesOfTheRightTypeAreRead() {
		Body body = JSON.readValue("""
				{"year":2021,"agencyName":"某局\\t一处\\n","publishedOn":"2022-01-31","kind":"department",
				 "cells":{"t3.a":4},"sections":{"s1":"文字 😀"},"aliases":["某"],"active":true,"share":0.5}
				""", Body.class);
		assertThat(body.year()).isEqualTo(2021);
		assertThat(body.publishedOn()).isEqualTo(LocalDate.of(2022, 1, 31));
		assertThat(body.sections().get("s1")).isEqualTo("文字 😀");
		assertThat(body.share()).isEqualTo(0.5);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', textBlock = """
			{"year":]; 请求体不是有效的 JSON
			{"year":2021; 中断
			[1,2]; 应为对象
			""")
	void syntaxErrorsAreSaidInPlainWords(String body, String said) {
		JacksonException exception = catchThrowableOfType(JacksonException.class,
				() -> JSON.readValue(body, Body.class));
		assertThat(JsonProblems.of(exception, PlatformProblem.MALFORMED_BODY).getDetail()).contains(said)
			.doesNotContainPattern("java\\.|tools\\.|Exception|JsonToken|START_");
	}

}
