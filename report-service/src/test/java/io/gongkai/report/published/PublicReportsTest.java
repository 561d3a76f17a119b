package io.gongkai.report.published;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongkai.report.SampleReports;
import io.gongkai.report.ReportServiceTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The published reports as anyone reads them, without signing in, beside reports of two
 * provinces in every other state: drafts, submitted, returned with comments, accepted,
 * and published reports with an amendment under way. Nothing but published content may be
 * reachable, by browsing or by guessing ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicReportsTest extends ReportServiceTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Written only where the public must never read it. */
	static final String SECRET = "内部未公开内容";

	static final String COMMENT = "请核对本年新收数量（审核意见）";

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishedCatchUp catchUp;

	@Autowired
	com.mongodb.client.MongoClient client;

	/** Report id to what its state is, for every report of the test data. */
	final Map<String, String> states = new LinkedHashMap<>();

	String published440;

	String amended440;

	String amendmentUnderWay440;

	String published210;

	@BeforeAll
	void reportsInEveryState() throws Exception {
		for (String province : List.of("440000", "210000")) {
			String prefix = province.substring(0, 2) + "0100-";
			this.states.put(draft(province, prefix + "draft"), "draft");
			this.states.put(submitted(province, prefix + "submitted"), "submitted");
			String returned = submitted(province, prefix + "returned");
			action(coordinator(province), returned, "return",
					"{\"comments\":[{\"target\":\"cell\",\"ref\":\"t3.new_received.total\",\"text\":\"" + COMMENT
							+ "\"}]}");
			this.states.put(returned, "returned");
			String accepted = submitted(province, prefix + "accepted");
			action(coordinator(province), accepted, "accept", null);
			this.states.put(accepted, "accepted");
			String published = published(province, prefix + "published");
			this.states.put(published, "published");
			if (province.equals("440000")) {
				this.published440 = published;
				String reporter = tokens.reporter(province, prefix + "amended");
				this.amended440 = published(province, prefix + "amended");
				amend(reporter, this.amended440, "改进措施：每季度开展一次答复文书评查。更正：已补充网站链接。");
				submitAcceptPublish(province, reporter, this.amended440);
				this.states.put(this.amended440, "published");
				String underWay = tokens.reporter(province, prefix + "underway");
				this.amendmentUnderWay440 = published(province, prefix + "underway");
				amend(underWay, this.amendmentUnderWay440, "改进措施：" + SECRET);
				this.states.put(this.amendmentUnderWay440, "published");
			}
			else {
				this.published210 = published;
			}
		}
	}

	@Test
	void anyoneListsThePublishedReportsAndNoOther() throws Exception {
		JsonNode page = json(anonymous("/api/public/reports?size=200"), 200);
		Set<String> listed = ids(page.get("items"));
		assertThat(listed).containsExactlyInAnyOrderElementsOf(published());
		assertThat(page.get("total").asLong()).isEqualTo(published().size());
		JsonNode first = page.get("items").get(0);
		assertThat(first.get("agencyName").asString()).isEqualTo("某市人力资源和社会保障局");
		assertThat(json(anonymous("/api/public/reports?province=210000"), 200).get("items")
			.get(0)
			.get("provinceName")
			.asString()).isEqualTo("辽宁省");
	}

	@Test
	void theListIsFilteredByProvinceYearAndAgency() throws Exception {
		assertThat(ids(json(anonymous("/api/public/reports?province=210000"), 200).get("items")))
			.containsExactly(this.published210);
		assertThat(ids(json(anonymous("/api/public/reports?agency=440100-amended"), 200).get("items")))
			.containsExactly(this.amended440);
		assertThat(json(anonymous("/api/public/reports?year=2020"), 200).get("total").asLong()).isZero();
		assertThat(json(anonymous("/api/public/reports?year=2021&province=440000"), 200).get("total").asLong())
			.isEqualTo(3);
		JsonNode refused = json(anonymous("/api/public/reports?province=44"), 400);
		assertThat(refused.get("type").asString()).isEqualTo("https://gongkai.io/problems/invalid-province");
		assertThat(refused.get("title").asString()).isEqualTo("不是省级代码");
	}

	@Test
	void provincesAreNamedWithHowManyReportsTheyPublishedEachYear() throws Exception {
		JsonNode provinces = json(anonymous("/api/public/provinces"), 200);
		assertThat(provinces).hasSize(32);
		JsonNode guangdong = null;
		for (JsonNode province : provinces) {
			if (province.get("code").asString().equals("440000")) {
				guangdong = province;
			}
		}
		assertThat(guangdong.get("name").asString()).isEqualTo("广东省");
		assertThat(guangdong.get("reports").asInt()).isEqualTo(3);
		assertThat(guangdong.get("years").get("2021").asInt()).isEqualTo(3);
		assertThat(json(anonymous("/api/public/years"), 200).toString()).isEqualTo("[2021]");
	}

	@Test
	void anAmendedReportShowsItsLastPublishedVersionAndSaysWhenItWasAmended() throws Exception {
		JsonNode report = json(anonymous("/api/public/reports/" + this.amended440), 200);
		assertThat(report.get("report").get("amended").asBoolean()).isTrue();
		assertThat(report.get("report").get("version").asInt()).isEqualTo(2);
		assertThat(report.get("report").get("amendedAt").isNull()).isFalse();
		assertThat(report.get("sections").get("s5").asString()).contains("更正：已补充网站链接");
		String html = anonymous("/api/public/reports/" + this.amended440 + "/document")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select("p.notice").text()).contains("首次发布").contains("更正").contains("第2版");
	}

	@Test
	void anAmendmentUnderWayIsNotShownTheLastPublishedVersionIs() throws Exception {
		JsonNode report = json(anonymous("/api/public/reports/" + this.amendmentUnderWay440), 200);
		assertThat(report.get("report").get("amended").asBoolean()).isFalse();
		assertThat(report.get("report").get("version").asInt()).isEqualTo(1);
		assertThat(report.toString()).doesNotContain(SECRET);
	}

	@Test
	void aReportIsDownloadedAsWordAndInTheExchangeFormatWithOnlyItsPublishedVersion() throws Exception {
		MockHttpServletResponse word = anonymous("/api/public/reports/" + this.published440 + "/document?format=docx");
		assertThat(word.getStatus()).isEqualTo(200);
		assertThat(word.getContentType()).startsWith("application/vnd.openxmlformats");
		assertThat(word.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment").contains(".docx");
		JsonNode exchange = json(anonymous("/api/public/reports/" + this.amended440 + "/export"), 200);
		assertThat(exchange.get("schemaVersion").asString()).isEqualTo("gongkai.report/v1");
		assertThat(exchange.get("status").asString()).isEqualTo("published");
		assertThat(exchange.get("version").asInt()).isEqualTo(2);
		assertThat(exchange.get("versions")).hasSize(1);
		assertThat(exchange.get("provinceCode").asString()).isEqualTo("440000");
	}

	@Test
	void answersCarryAnEntityTagAndAConditionalRequestAnswers304() throws Exception {
		for (String path : List.of("/api/public/reports/" + this.published440,
				"/api/public/reports/" + this.published440 + "/document",
				"/api/public/reports/" + this.published440 + "/document?format=docx",
				"/api/public/reports/" + this.published440 + "/export", "/api/public/reports?province=440000",
				"/api/public/provinces")) {
			MockHttpServletResponse first = anonymous(path);
			assertThat(first.getStatus()).as(path).isEqualTo(200);
			String etag = first.getHeader(HttpHeaders.ETAG);
			assertThat(etag).as(path).isNotBlank();
			assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).as(path).contains("public").contains("max-age=60");
			MockHttpServletResponse again = this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag))
				.andReturn()
				.getResponse();
			assertThat(again.getStatus()).as(path).isEqualTo(304);
			assertThat(again.getContentAsByteArray()).as(path).isEmpty();
		}
	}

	@Test
	void anAmendmentPublishedChangesTheEntityTag() throws Exception {
		String path = "/api/public/reports/" + this.amended440;
		MockHttpServletResponse amended = anonymous(path);
		String published = anonymous("/api/public/reports/" + this.published440).getHeader(HttpHeaders.ETAG);
		assertThat(amended.getHeader(HttpHeaders.ETAG)).isNotEqualTo(published).contains("-v2-");
	}

	@Test
	void everyReportNotPublishedIsNotFoundWhateverIsAskedOfIt() throws Exception {
		for (Map.Entry<String, String> report : this.states.entrySet()) {
			if (report.getValue().equals("published")) {
				continue;
			}
			for (String suffix : List.of("", "/document", "/document?format=docx", "/export")) {
				String path = "/api/public/reports/" + report.getKey() + suffix;
				MockHttpServletResponse answer = anonymous(path);
				assertThat(answer.getStatus()).as(report.getValue() + " " + path).isEqualTo(404);
				JsonNode problem = JSON.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
				assertThat(problem.get("type").asString())
					.isEqualTo("https://gongkai.io/problems/published-report-not-found");
				assertThat(problem.get("title").asString()).isEqualTo("未找到已发布的报告");
			}
		}
		assertThat(anonymous("/api/public/reports/not-a-report").getStatus()).isEqualTo(404);
	}

	@Test
	void nothingButPublishedContentIsReachableByCrawlingEveryPublicAnswer() throws Exception {
		Deque<String> toVisit = new ArrayDeque<>(List.of("/api/public/provinces", "/api/public/years",
				"/api/public/reports?size=200", "/api/public/reports?q=人力"));
		for (String code : List.of("110000", "210000", "440000", "650000", "660000")) {
			toVisit.add("/api/public/reports?province=" + code);
		}
		Set<String> visited = new HashSet<>();
		Set<String> reportsSeen = new HashSet<>();
		List<String> forbidden = List.of(SECRET, COMMENT, "reporter-", "coordinator-", "explanations", "comments",
				"submittedBy", "decidedBy", "createdBy", "audit");
		while (!toVisit.isEmpty()) {
			String path = toVisit.poll();
			if (!visited.add(path)) {
				continue;
			}
			MockHttpServletResponse answer = anonymous(path);
			assertThat(answer.getStatus()).as(path).isEqualTo(200);
			if (!answer.getContentType().contains("json") && !answer.getContentType().contains("html")) {
				continue;
			}
			String body = answer.getContentAsString(StandardCharsets.UTF_8);
			for (String secret : forbidden) {
				assertThat(body).as(path).doesNotContain(secret);
			}
			for (Map.Entry<String, String> report : this.states.entrySet()) {
				if (!report.getValue().equals("published")) {
					assertThat(body).as(path).doesNotContain(report.getKey());
				}
			}
			if (path.contains("/reports?") && answer.getContentType().contains("json")) {
				for (JsonNode item : JSON.readTree(body).get("items")) {
					reportsSeen.add(item.get("id").asString());
					item.get("links").forEach((link) -> toVisit.add(link.asString()));
				}
			}
		}
		assertThat(reportsSeen).containsExactlyInAnyOrderElementsOf(published());
	}

	@Test
	void aSearchByAgencyNameFindsThePublishedReportsEvenWhenTheRegistryCannotAnswer() throws Exception {
		JsonNode page = json(anonymous("/api/public/reports?q=人力资源&province=440000"), 200);
		assertThat(page.get("search").asString()).isEqualTo("name");
		assertThat(ids(page.get("items"))).containsExactlyInAnyOrder(this.published440, this.amended440,
				this.amendmentUnderWay440);
		assertThat(json(anonymous("/api/public/reports?q=不存在的机关"), 200).get("total").asLong()).isZero();
	}

	@Test
	void aPublishedReportMissingFromThePublicSideIsBroughtBackFromTheFeed() throws Exception {
		var published = this.client.getDatabase(PublishedReports.DATABASE).getCollection("published_reports");
		var cursors = this.client.getDatabase(PublishedReports.DATABASE).getCollection("published_cursors");
		published.deleteOne(new org.bson.Document("_id", this.published210));
		cursors.deleteOne(new org.bson.Document("_id", "210000"));
		assertThat(anonymous("/api/public/reports/" + this.published210).getStatus()).isEqualTo(404);
		this.catchUp.catchUp("210000");
		assertThat(anonymous("/api/public/reports/" + this.published210).getStatus()).isEqualTo(200);
		assertThat(json(anonymous("/api/public/reports?province=210000"), 200).get("total").asLong()).isEqualTo(1);
	}

	@Test
	void aTokenIsNeitherNeededNorAnExcuseToReadMore() throws Exception {
		MockHttpServletResponse withToken = this.mvc
			.perform(get("/api/public/reports?size=200").header(HttpHeaders.AUTHORIZATION,
					"Bearer " + coordinator("440000")))
			.andReturn()
			.getResponse();
		assertThat(ids(JSON.readTree(withToken.getContentAsString(StandardCharsets.UTF_8)).get("items")))
			.containsExactlyInAnyOrderElementsOf(published());
		assertThat(this.mvc.perform(post("/api/public/reports")).andReturn().getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void theOpenApiDescriptionListsEveryPublicRequest() throws Exception {
		JsonNode paths = json(anonymous("/v3/api-docs"), 200).get("paths");
		for (String path : List.of("/api/public/reports", "/api/public/reports/{id}",
				"/api/public/reports/{id}/document", "/api/public/reports/{id}/export", "/api/public/provinces",
				"/api/public/years")) {
			assertThat(paths.has(path)).as(path).isTrue();
			assertThat(paths.get(path).get("get").get("tags").toString()).as(path).contains("public");
		}
	}

	private Set<String> published() {
		Set<String> ids = new HashSet<>();
		this.states.forEach((id, state) -> {
			if (state.equals("published")) {
				ids.add(id);
			}
		});
		return ids;
	}

	private static Set<String> ids(JsonNode items) {
		Set<String> ids = new HashSet<>();
		items.forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

	private MockHttpServletResponse anonymous(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse();
	}

	private static JsonNode json(MockHttpServletResponse response, int status) throws Exception {
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(status);
		return JSON.readTree(body);
	}

	private static String coordinator(String province) {
		return tokens.coordinator(province);
	}

	private String draft(String province, String agency) throws Exception {
		ObjectNode body = complete2021();
		ObjectNode sections = (ObjectNode) body.get("sections");
		sections.put("s5", sections.get("s5").asString() + SECRET);
		MockHttpServletResponse created = this.mvc
			.perform(authorized(post("/api/reports"), tokens.reporter(province, agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.toString()))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		return JSON.readTree(created.getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
	}

	private String submitted(String province, String agency) throws Exception {
		String id = draft(province, agency);
		action(tokens.reporter(province, agency), id, "submit", null);
		return id;
	}

	private String published(String province, String agency) throws Exception {
		String reporter = tokens.reporter(province, agency);
		String id = draft(province, agency);
		ObjectNode update = complete2021();
		update.remove("year");
		update.remove("format");
		update.remove("kind");
		update(reporter, id, update);
		submitAcceptPublish(province, reporter, id);
		return id;
	}

	private void submitAcceptPublish(String province, String reporter, String id) throws Exception {
		action(reporter, id, "submit", null);
		action(coordinator(province), id, "accept", null);
		action(coordinator(province), id, "publish", null);
	}

	private void amend(String reporter, String id, String s5) throws Exception {
		action(reporter, id, "amendments", null);
		ObjectNode update = complete2021();
		update.remove("year");
		update.remove("format");
		update.remove("kind");
		((ObjectNode) update.get("sections")).put("s5", s5);
		update(reporter, id, update);
	}

	private void update(String reporter, String id, ObjectNode body) throws Exception {
		String etag = this.mvc.perform(authorized(get("/api/reports/" + id), reporter))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		MockHttpServletResponse updated = this.mvc
			.perform(authorized(put("/api/reports/" + id), reporter).header(HttpHeaders.IF_MATCH, etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.toString()))
			.andReturn()
			.getResponse();
		assertThat(updated.getStatus()).as(updated.getContentAsString()).isEqualTo(200);
	}

	private void action(String token, String id, String action, String body) throws Exception {
		MockHttpServletRequestBuilder request = authorized(post("/api/reports/" + id + "/" + action), token);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		MockHttpServletResponse answer = this.mvc.perform(request).andReturn().getResponse();
		assertThat(answer.getStatus()).as(action + ": " + answer.getContentAsString()).isBetween(200, 201);
	}

	private static MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request, String token) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	private static ObjectNode complete2021() throws Exception {
		return SampleReports.complete2021("department");
	}

}
