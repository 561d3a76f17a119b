package io.gongkai.report.report;

import io.gongkai.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad changes to an existing report are refused with a problem naming the field or cell,
 * and leave the report exactly as it was.
 */
@SpringBootTest(properties = "gongkai.reports.max-body-size=64KB")
class ReportBadInputTest extends ReportServiceTest {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';',
			textBlock = """
					negative count; {"agencyName":"某局","cells":{"t3.new_received.total":-4}}; 400; negative-count; cells.t3.new_received.total
					unknown cell; {"agencyName":"某局","cells":{"t3.no_such_row.total":4}}; 400; unknown-cell; cells.t3.no_such_row.total
					wrong type in a cell; {"agencyName":"某局","cells":{"t3.new_received.total":"many"}}; 400; malformed-body; cells.t3.new_received.total
					unknown section; {"agencyName":"某局","sections":{"s9":"x"}}; 400; unknown-section; sections.s9
					narrative in a template report; {"agencyName":"某局","narrative":"正文"}; 400; field-not-in-format; narrative
					unknown figure in a template report; {"agencyName":"某局","metrics":{"no.such":{"value":1}}}; 400; unknown-metric; metrics.no.such
					a figure only the template's tables state as a metric; {"agencyName":"某局","metrics":{"requests.carried_over":{"value":1}}}; 400; unknown-metric; metrics.requests.carried_over
					missing agency name; {"cells":{}}; 400; invalid-request; agencyName
					wrong scope; {"agencyName":"某局","scope":"everything"}; 400; malformed-body; scope
					malformed JSON; {"agencyName":; 400; malformed-body; JSON
					""")
	void aBadUpdateIsRefusedNamingTheFieldAndChangesNothing(String name, String body, int status, String type,
			String mentioned) throws Exception {
		String reporter = tokens.reporter("510000", "510100-" + Math.abs(name.hashCode()));
		ReportClient api = new ReportClient(this.mvc).warmedUp(reporter);
		String id = api.createdId(reporter, ReportFixtures.complete2021("department"));
		this.mvc
			.perform(put("/api/reports/" + id).header("Authorization", "Bearer " + reporter)
				.header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().is(status))
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/" + type))
			.andExpect(content().string(containsString(mentioned)));
		api.read(reporter, "/api/reports/" + id)
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.cells['t3.new_received.total']").value(51))
			.andExpect(jsonPath("$.sections.s1").exists());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';',
			textBlock = """
					wrong type in a cell; {"agencyName":"某局","cells":{"t3.new_received.total":"many"}}; $.label; T3「本年新收政府信息公开申请数量」行「总计」列
					negative count; {"agencyName":"某局","cells":{"t3.new_received.total":-4}}; $.label; T3「本年新收政府信息公开申请数量」行「总计」列
					wrong type in a figure; {"agencyName":"某局","metrics":{"requests.received":{"value":"many"}}}; $.label; 收到政府信息公开申请的数值
					negative figure; {"agencyName":"某局","metrics":{"requests.received":{"value":-1}}}; $.errors[0].label; 收到政府信息公开申请的数值
					missing agency name; {"cells":{}}; $.errors[0].label; 机关全称
					""")
	void aFieldErrorNamesTheFieldByItsLabelBesideItsPath(String name, String body, String where, String label)
			throws Exception {
		String reporter = tokens.reporter("510000", "510100-label-" + Math.abs(name.hashCode()));
		ReportClient api = new ReportClient(this.mvc).warmedUp(reporter);
		String id = api.createdId(reporter, ReportFixtures.complete2021("department"));
		this.mvc
			.perform(put("/api/reports/" + id).header("Authorization", "Bearer " + reporter)
				.header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath(where).value(label));
	}

	@Test
	void aCellWhoseValueCannotBeReadIsNamedInTheDetailByTheTablesLabelsBesideItsPathInEitherLanguage()
			throws Exception {
		String reporter = tokens.reporter("510000", "510100-label-detail");
		ReportClient api = new ReportClient(this.mvc).warmedUp(reporter);
		String id = api.createdId(reporter, ReportFixtures.complete2021("department"));
		String body = "{\"agencyName\":\"某局\",\"cells\":{\"t3.new_received.total\":\"many\"}}";
		this.mvc
			.perform(put("/api/reports/" + id).header("Authorization", "Bearer " + reporter)
				.header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(
					jsonPath("$.detail", containsString("T3「本年新收政府信息公开申请数量」行「总计」列（字段“cells.t3.new_received.total”）")))
			.andExpect(jsonPath("$.field").value("cells.t3.new_received.total"));
		this.mvc
			.perform(put("/api/reports/" + id).header("Authorization", "Bearer " + reporter)
				.header("If-Match", "\"1\"")
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(jsonPath("$.label").value("T3「本年新收政府信息公开申请数量」行「总计」列"))
			.andExpect(jsonPath("$.detail",
					containsString("T3「本年新收政府信息公开申请数量」行「总计」列 (field 'cells.t3.new_received.total')")));
	}

	@Test
	void aBodyOverTheSizeLimitIsRefusedWith413AndNothingIsStored() throws Exception {
		String reporter = tokens.reporter("510000", "510100-big");
		String big = "{\"year\":2012,\"format\":\"legacy\",\"agencyName\":\"某局\",\"narrative\":\"" + "很长".repeat(40_000)
				+ "\"}";
		this.mvc
			.perform(post("/api/reports").header("Authorization", "Bearer " + reporter)
				.contentType(MediaType.APPLICATION_JSON)
				.content(big))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/body-too-large"))
			.andExpect(jsonPath("$.limit").value(65536));
		new ReportClient(this.mvc).read(reporter, "/api/reports").andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void aLegacyReportTakesNoCells() throws Exception {
		String reporter = tokens.reporter("510000", "510100-legacy");
		this.mvc.perform(post("/api/reports").header("Authorization", "Bearer " + reporter)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"year\":2012,\"format\":\"legacy\",\"agencyName\":\"某局\",\"cells\":{\"t3.new_received.total\":1}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("cells"));
	}

}
