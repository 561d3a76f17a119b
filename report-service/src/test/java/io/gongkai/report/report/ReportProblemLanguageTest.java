package io.gongkai.report.report;

import java.util.UUID;

import io.gongkai.report.ReportServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A refusal speaks Chinese unless the request asks for English, with the same type.
 */
class ReportProblemLanguageTest extends ReportServiceTest {

	@Autowired
	MockMvc mvc;

	@Test
	void anUnknownReportIsRefusedInChineseByDefaultAndInEnglishWhenAsked() throws Exception {
		String reporter = tokens.reporter("510000", "510100-lang");
		String id = UUID.randomUUID().toString();
		this.mvc.perform(get("/api/reports/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + reporter))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/report-not-found"))
			.andExpect(jsonPath("$.title").value("未找到报告"))
			.andExpect(jsonPath("$.detail", containsString("没有你的账户可以访问的报告 " + id)));
		this.mvc
			.perform(get("/api/reports/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + reporter)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/report-not-found"))
			.andExpect(jsonPath("$.title").value("Report not found"))
			.andExpect(jsonPath("$.detail", containsString("No report " + id + " that your account may reach")));
	}

	@Test
	void aNegativeCountIsRefusedNamingTheCellAsThePrintedTableLabelsIt() throws Exception {
		String reporter = tokens.reporter("510000", "510100-negative");
		ReportClient api = new ReportClient(this.mvc).warmedUp(reporter);
		String id = api.createdId(reporter, ReportFixtures.complete2021("department"));
		String body = "{\"agencyName\":\"某局\",\"cells\":{\"t3.new_received.total\":-4}}";
		update(reporter, id, body, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("数量为负"))
			.andExpect(jsonPath("$.detail", containsString("数量不能为负：T3「本年新收政府信息公开申请数量」行")))
			.andExpect(jsonPath("$.field").value("cells.t3.new_received.total"));
		update(reporter, id, body, "en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Negative count"))
			.andExpect(jsonPath("$.detail", containsString("A count cannot be negative: T3「")));
	}

	@Test
	void aMalformedBodyIsExplainedInTheAskedLanguage() throws Exception {
		String reporter = tokens.reporter("510000", "510100-malformed");
		ReportClient api = new ReportClient(this.mvc).warmedUp(reporter);
		String id = api.createdId(reporter, ReportFixtures.complete2021("department"));
		String body = "{\"agencyName\":\"某局\",\"cells\":{\"t3.new_received.total\":\"many\"}}";
		update(reporter, id, body, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/malformed-body"))
			.andExpect(jsonPath("$.title").value("请求体格式有误"))
			.andExpect(jsonPath("$.detail",
					containsString("T3「本年新收政府信息公开申请数量」行「总计」列（字段“cells.t3.new_received.total”）应为")));
		update(reporter, id, body, "en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Malformed request body"))
			.andExpect(jsonPath("$.detail",
					containsString("T3「本年新收政府信息公开申请数量」行「总计」列 (field 'cells.t3.new_received.total') should be")));
	}

	@Test
	void aMissingFieldIsNamedByItsLabelInTheAskedLanguage() throws Exception {
		String reporter = tokens.reporter("510000", "510100-field");
		ReportClient api = new ReportClient(this.mvc).warmedUp(reporter);
		String id = api.createdId(reporter, ReportFixtures.complete2021("department"));
		update(reporter, id, "{\"cells\":{}}", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/invalid-request"))
			.andExpect(jsonPath("$.title").value("请求内容有误"))
			.andExpect(jsonPath("$.errors[0].field").value("agencyName"))
			.andExpect(jsonPath("$.errors[0].message").value("请填写机关全称（agencyName）"));
		update(reporter, id, "{\"cells\":{}}", "en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.errors[0].message").value("give the agency's full name"));
	}

	/** A change of the report's first version, with the browser's language when given. */
	private ResultActions update(String reporter, String id, String body, String language) throws Exception {
		MockHttpServletRequestBuilder request = put("/api/reports/" + id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + reporter)
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		return this.mvc.perform((language != null) ? request.header(HttpHeaders.ACCEPT_LANGUAGE, language) : request);
	}

}
