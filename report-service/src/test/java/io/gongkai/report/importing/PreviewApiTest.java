package io.gongkai.report.importing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Previews and confirmations through real token verification, the MongoDB-wire store and
 * a WireMock tenant-service.
 */
class PreviewApiTest extends ImportTest {

	static final String SEED = "qingdao-hrss-2013.txt";

	static final String QINGDAO_HRSS = "青岛市人力资源和社会保障局";

	static final String SEARCH = "/api/tenants/370000/agencies/search";

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoClient client;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@BeforeEach
	void tenantServiceKnowsTheAgency() {
		tenantService.resetAll();
		this.circuitBreakers.circuitBreaker("tenant-service").reset();
		tenantService.stubFor(WireMock.get(WireMock.urlPathEqualTo(SEARCH))
			.willReturn(WireMock
				.okJson("""
						[
						  {"agency":{"id":"370200-hrss","name":"青岛市人力资源和社会保障局","level":"prefecture","aliases":["青岛市人社局"]},"score":0.97,"matchedBy":"name"},
						  {"agency":{"id":"370000-hrss","name":"山东省人力资源和社会保障厅"},"score":0.41,"matchedBy":"name"}
						]""")));
	}

	@Test
	void aSeedReportIsPreviewedWithItsFiguresEvidenceTextAndTheRegistrysCandidates() throws Exception {
		String body = upload(tokens.reporter("370000", "370200-hrss"), SEED, resource(SEED)).andExpect(status().isOk())
			.andExpect(header().string("Location", containsString("/api/reports/imports/previews/")))
			.andExpect(jsonPath("$.extraction.agencyName").value(QINGDAO_HRSS))
			.andExpect(jsonPath("$.extraction.provinceCode").value("370000"))
			.andExpect(jsonPath("$.extraction.year").value(2013))
			.andExpect(jsonPath("$.extraction.format").value("legacy"))
			.andExpect(jsonPath("$.extraction.metrics['requests.received'].value").value(33))
			.andExpect(jsonPath("$.extraction.metrics['requests.received'].qualifier").value("exact"))
			.andExpect(jsonPath("$.extraction.metrics['website.visits'].qualifier").value("at_least"))
			.andExpect(jsonPath("$.figures['requests.received'].state").value("extracted"))
			.andExpect(jsonPath("$.agencyMatch.status").value("matched"))
			.andExpect(jsonPath("$.agencyMatch.candidates[0].id").value("370200-hrss"))
			.andExpect(jsonPath("$.agencyMatch.candidates[0].score").value(0.97))
			.andExpect(jsonPath("$.warnings[*].code", not(hasItem("other-province"))))
			.andExpect(jsonPath("$.errors").isEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String text = JsonPath.read(body, "$.text");
		Map<String, Object> received = JsonPath.read(body, "$.extraction.metrics['requests.received']");
		assertThat(text.substring((Integer) received.get("start"), (Integer) received.get("end")))
			.isEqualTo(received.get("evidence"))
			.contains("33");
		tenantService.verify(WireMock.getRequestedFor(WireMock.urlPathEqualTo(SEARCH))
			.withQueryParam("q", WireMock.equalTo(QINGDAO_HRSS))
			.withHeader("Authorization", WireMock.equalTo("Bearer " + ImportTest.SERVICE_TOKEN)));
		Document stored = previews("370000").find(Filters.eq("_id", JsonPath.read(body, "$.id"))).first();
		assertThat(stored).isNotNull();
		assertThat(stored.get("createdBy", Document.class).getString("agency")).isEqualTo("370200-hrss");
		assertThat(Duration.between(Instant.now(), stored.getDate("expiresAt").toInstant()))
			.isBetween(Duration.ofDays(7).minusMinutes(5), Duration.ofDays(7));
		assertThat(stored.getList("figures", Document.class)).extracting((figure) -> figure.getString("metric"))
			.contains("requests.received", "review.total", "website.visits");
	}

	@Test
	void gbkBytesArePreviewedLikeTheUtf8Original() throws Exception {
		byte[] gbk = new String(resource(SEED), StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));
		upload(tokens.reporter("370000", "370200-hrss"), "qingdao-gbk.txt", gbk).andExpect(status().isOk())
			.andExpect(jsonPath("$.extraction.source").value("qingdao-gbk.txt"))
			.andExpect(jsonPath("$.extraction.agencyName").value(QINGDAO_HRSS))
			.andExpect(jsonPath("$.extraction.metrics['requests.received'].value").value(33))
			.andExpect(jsonPath("$.extraction.flags").isEmpty())
			.andExpect(jsonPath("$.text", containsString(QINGDAO_HRSS)));
	}

	@Test
	void anotherProvincesReportBecomesADraftOnlyForTheAgencyChosenAndTheChoiceIsAudited() throws Exception {
		String reporter = tokens.reporter("370000", "370200-hrss");
		String body = upload(reporter, "guilin.html", resource("guilin-office-2022.html")).andExpect(status().isOk())
			.andExpect(jsonPath("$.extraction.agencyName").value("桂林市人民政府办公室"))
			.andExpect(jsonPath("$.extraction.provinceCode").value("450000"))
			.andExpect(jsonPath("$.extraction.format").value("template2021"))
			.andExpect(jsonPath("$.extraction.publishedOn").value("2023-01-30"))
			.andExpect(jsonPath("$.text", not(containsString("<div"))))
			.andExpect(jsonPath("$.errors[?(@.code == 'other-province')].message", hasItem(containsString("450000"))))
			.andExpect(jsonPath("$.warnings[*].code", not(hasItem("other-province"))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String id = JsonPath.read(body, "$.id");
		this.mvc
			.perform(post("/api/reports/imports/previews/{id}/draft", id).header("Authorization", "Bearer " + reporter)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/agency-choice-required"))
			.andExpect(jsonPath("$.errors", hasItem("other-province")));
		this.mvc
			.perform(post("/api/reports/imports/previews/{id}/draft", id).header("Authorization", "Bearer " + reporter)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"agencyId\":\"370200-other\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/not-your-agency"));
		String location = this.mvc
			.perform(post("/api/reports/imports/previews/{id}/draft", id).header("Authorization", "Bearer " + reporter)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"agencyId\":\"370200-hrss\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(get(location + "/audit").header("Authorization", "Bearer " + reporter))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].action").value("created"))
			.andExpect(jsonPath("$.entries[0].note", containsString("机关 370200-hrss 由")))
			.andExpect(jsonPath("$.entries[0].note", containsString("other-province")));
		Document stored = previews("370000").find(Filters.eq("_id", id)).first();
		assertThat(stored.get("draft", Document.class).getBoolean("agencyChosen")).isTrue();
	}

	@Test
	void theErrorsAndWarningsOfAPreviewAreChineseByDefaultAndNameTheProvincesEnglishOnRequest() throws Exception {
		String reporter = tokens.reporter("370000", "370200-hrss");
		String chinese = this.mvc
			.perform(multipart("/api/reports/imports/preview")
				.file(new MockMultipartFile("file", "guilin.html", "text/html", resource("guilin-office-2022.html")))
				.header("Authorization", "Bearer " + reporter))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((List<String>) JsonPath.read(chinese, "$.errors[*].message"))
			.containsExactly("这份报告属于广西壮族自治区（450000），不是本省（山东省（370000））的报告。生成草稿前请选择它所属的机关，或上传本机关自己的报告。");
		String id = JsonPath.read(chinese, "$.id");
		String english = this.mvc
			.perform(get("/api/reports/imports/previews/{id}", id).header("Authorization", "Bearer " + reporter)
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((List<String>) JsonPath.read(english, "$.errors[*].message"))
			.containsExactly("The report belongs to 广西壮族自治区 (450000), not to your province (山东省 (370000)). "
					+ "Choose the agency it belongs to before making a draft, or upload your own report.");

		String blank = this.mvc
			.perform(multipart("/api/reports/imports/preview")
				.file(new MockMultipartFile("file", "note.txt", "text/plain",
						"这是一段说明文字，没有写明机关，也没有年度和统计数字。".getBytes(StandardCharsets.UTF_8)))
				.header("Authorization", "Bearer " + reporter))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((List<String>) JsonPath.read(blank, "$.warnings[*].code")).contains("no-year", "no-figures");
		assertThat((List<String>) JsonPath.read(blank, "$.warnings[*].message")).isNotEmpty()
			.allSatisfy((message) -> assertThat(message).containsPattern("\\p{IsHan}")
				.doesNotContainPattern("[A-Za-z]{3,}"));
	}

	@Test
	void anotherAgencysReportIsAnErrorForAReporter() throws Exception {
		upload(tokens.reporter("370000", "370200-edu"), SEED, resource(SEED)).andExpect(status().isOk())
			.andExpect(
					jsonPath("$.errors[?(@.code == 'other-agency')].message", hasItem(containsString(QINGDAO_HRSS))));
		upload(tokens.coordinator("370000"), SEED, resource(SEED)).andExpect(status().isOk())
			.andExpect(jsonPath("$.errors").isEmpty());
	}

	@Test
	void pastedTextIsPreviewedAndARegistryWithoutTheAgencySaysNoMatch() throws Exception {
		tenantService.stubFor(WireMock.get(WireMock.urlPathEqualTo(SEARCH)).willReturn(WireMock.okJson("[]")));
		this.mvc
			.perform(post("/api/reports/imports/preview")
				.header("Authorization", "Bearer " + tokens.coordinator("370000"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":"
						+ tools.jackson.databind.json.JsonMapper.builder()
							.build()
							.writeValueAsString(new String(resource(SEED), StandardCharsets.UTF_8))
						+ ",\"name\":\"pasted-qingdao\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.extraction.source").value("pasted-qingdao"))
			.andExpect(jsonPath("$.extraction.metrics['proactive.total'].value").value(1276))
			.andExpect(jsonPath("$.agencyMatch.status").value("no_match"))
			.andExpect(jsonPath("$.agencyMatch.candidates").isEmpty());
	}

	static List<Arguments> badInputs() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		byte[] oleDoc = new byte[512];
		System.arraycopy(
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
				0, oleDoc, 0, 8);
		byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
		java.util.Arrays.fill(tooLarge, (byte) 'a');
		return List.of(Arguments.of("empty file", "empty.txt", new byte[0], 400, "empty-file", "empty"),
				Arguments.of("image", "scan.png", png, 415, "image-not-supported", "OCR"),
				Arguments.of("scanned PDF", "scan.pdf", pdfWithoutText(), 422, "no-text-layer", "text layer"),
				Arguments.of("over 10 MiB", "huge.txt", tooLarge, 413, "file-too-large", "10 MiB"),
				Arguments.of("damaged PDF", "broken.pdf", "%PDF-1.4\nnot really a pdf".getBytes(), 422,
						"unreadable-file", "PDF cannot be read"),
				Arguments.of("legacy Word document", "report.doc", oleDoc, 415, "unsupported-format", ".docx"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInputs")
	void badInputGetsAProblemSayingWhatToDoAndStoresNothing(String kind, String name, byte[] bytes, int status,
			String type, String mentioned) throws Exception {
		String reporter = tokens.reporter("370000", "370200-bad-" + type);
		upload(reporter, name, bytes).andExpect(status().is(status))
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/" + type))
			.andExpect(jsonPath("$.detail", containsString(mentioned)))
			.andExpect(jsonPath("$.instance").value("/api/reports/imports/preview"))
			.andExpect(jsonPath("$.source").value(name));
		assertThat(previews("370000").countDocuments(Filters.eq("createdBy.agency", "370200-bad-" + type))).isZero();
	}

	@Test
	void anUploadWithoutAFilePartIsToldWhichPartToSend() throws Exception {
		this.mvc
			.perform(multipart("/api/reports/imports/preview")
				.file(new MockMultipartFile("report", "r.txt", "text/plain", "x".getBytes()))
				.header("Authorization", "Bearer " + tokens.reporter("370000", "370200-hrss"))
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/missing-file"))
			.andExpect(jsonPath("$.detail", containsString("'file'")));
	}

	@Test
	void whenTenantServiceIsDownThePreviewStillAnswersQuicklyWithoutAMatch() throws Exception {
		warmUp();
		tenantService.stubFor(WireMock.get(WireMock.urlPathEqualTo(SEARCH))
			.willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		long started = System.nanoTime();
		upload(tokens.reporter("370000", "370200-hrss"), SEED, resource(SEED)).andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyMatch.status").value("unavailable"))
			.andExpect(jsonPath("$.agencyMatch.candidates").doesNotExist())
			.andExpect(jsonPath("$.extraction.metrics['requests.received'].value").value(33));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void whenTenantServiceIsSlowThePreviewStillAnswersQuicklyWithoutAMatch() throws Exception {
		warmUp();
		tenantService.stubFor(
				WireMock.get(WireMock.urlPathEqualTo(SEARCH)).willReturn(WireMock.okJson("[]").withFixedDelay(8000)));
		long started = System.nanoTime();
		upload(tokens.reporter("370000", "370200-hrss"), SEED, resource(SEED)).andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyMatch.status").value("unavailable"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3500));
	}

	@Test
	void whenTenantServiceAnswers500ThePreviewStillAnswersWithoutAMatch() throws Exception {
		tenantService
			.stubFor(WireMock.get(WireMock.urlPathEqualTo(SEARCH)).willReturn(WireMock.serverError().withBody("boom")));
		upload(tokens.reporter("370000", "370200-hrss"), SEED, resource(SEED)).andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyMatch.status").value("unavailable"));
	}

	@Test
	void confirmationsAreRecordedWithWhoWhenAndTheOldAndNewValues() throws Exception {
		String reporter = tokens.reporter("370000", "370200-hrss");
		String id = previewId(reporter);
		this.mvc
			.perform(post("/api/reports/imports/previews/" + id + "/confirmations")
				.header("Authorization", "Bearer " + reporter)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"metrics":{"requests.received":{"value":34,"qualifier":"exact","decision":"corrected"},
						            "review.total":{"decision":"confirmed"}},
						 "rejected":["website.visits"]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figures['requests.received'].value").value(34))
			.andExpect(jsonPath("$.figures['requests.received'].state").value("corrected"))
			.andExpect(jsonPath("$.figures['review.total'].value").value(1))
			.andExpect(jsonPath("$.figures['review.total'].state").value("confirmed"))
			.andExpect(jsonPath("$.figures['website.visits'].state").value("rejected"))
			.andExpect(jsonPath("$.figures['website.visits'].value").doesNotExist())
			.andExpect(jsonPath("$.extraction.metrics['requests.received'].value").value(33))
			.andExpect(jsonPath("$.decisions.length()").value(3));
		Document stored = previews("370000").find(Filters.eq("_id", id)).first();
		List<Document> decisions = stored.getList("decisions", Document.class);
		Document corrected = decisions.stream()
			.filter((decision) -> decision.getString("metric").equals("requests.received"))
			.findFirst()
			.orElseThrow();
		assertThat(corrected.getString("decision")).isEqualTo("corrected");
		assertThat(corrected.getString("by")).isEqualTo("reporter-370000-370200-hrss");
		assertThat(corrected.getDate("at")).isCloseTo(new Date(), 60_000);
		assertThat(((Number) corrected.get("old", Document.class).get("value")).longValue()).isEqualTo(33);
		assertThat(((Number) corrected.get("new", Document.class).get("value")).longValue()).isEqualTo(34);
		Document rejected = decisions.stream()
			.filter((decision) -> decision.getString("metric").equals("website.visits"))
			.findFirst()
			.orElseThrow();
		assertThat(((Number) rejected.get("old", Document.class).get("value")).longValue()).isEqualTo(9580000);
		assertThat(rejected.get("new")).isNull();
	}

	@Test
	void decisionsThatCannotApplyAreRefusedAndNothingIsRecorded() throws Exception {
		String reporter = tokens.reporter("370000", "370200-hrss");
		String id = previewId(reporter);
		this.mvc
			.perform(post("/api/reports/imports/previews/" + id + "/confirmations")
				.header("Authorization", "Bearer " + reporter)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"metrics":{"requests.received":{"decision":"corrected"},
						            "requests.denied":{"decision":"confirmed"},
						            "made.up":{"value":1,"decision":"corrected"},
						            "review.total":{"decision":"confirmed"}}}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/invalid-decisions"))
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers
				.containsInAnyOrder("metrics.requests.received", "metrics.requests.denied", "metrics.made.up")));
		assertThat(previews("370000").find(Filters.eq("_id", id)).first().getList("decisions", Document.class))
			.isEmpty();
	}

	@Test
	void aPreviewIsReachedOnlyByItsAgencyAndItsProvincesCoordinators() throws Exception {
		String id = previewId(tokens.reporter("370000", "370200-hrss"));
		for (String outsider : List.of(tokens.reporter("370000", "370100-other"), tokens.coordinator("620000"),
				tokens.reporter("620000", "370200-hrss"))) {
			this.mvc.perform(get("/api/reports/imports/previews/" + id).header("Authorization", "Bearer " + outsider))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/preview-not-found"));
			this.mvc
				.perform(post("/api/reports/imports/previews/" + id + "/confirmations")
					.header("Authorization", "Bearer " + outsider)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"rejected\":[\"website.visits\"]}"))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(get("/api/reports/imports/previews/" + id).header("Authorization",
					"Bearer " + tokens.coordinator("370000")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figures['website.visits'].state").value("extracted"));
	}

	@Test
	void anExpiredPreviewCanNoLongerBeConfirmed() throws Exception {
		String reporter = tokens.reporter("370000", "370200-hrss");
		String id = previewId(reporter);
		previews("370000").updateOne(Filters.eq("_id", id),
				Updates.set("expiresAt", Date.from(Instant.now().minusSeconds(1))));
		this.mvc
			.perform(post("/api/reports/imports/previews/" + id + "/confirmations")
				.header("Authorization", "Bearer " + reporter)
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"rejected\":[\"website.visits\"]}"))
			.andExpect(status().isGone())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/preview-expired"))
			.andExpect(jsonPath("$.detail", containsString("upload the report again")));
	}

	@Test
	void callersWithoutAProvinceOrAReportingRoleCannotPreview() throws Exception {
		upload(tokens.analyst(), SEED, resource(SEED)).andExpect(status().isForbidden());
		upload(tokens.token("reporter-lost", List.of("agency-reporter"), null, "x-1"), SEED, resource(SEED))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/no-province"));
	}

	/** A first preview, so that the time measured is the wait for tenant-service. */
	private void warmUp() throws Exception {
		upload(tokens.reporter("370000", "370200-hrss"), SEED, resource(SEED))
			.andExpect(jsonPath("$.agencyMatch.status").value("matched"));
	}

	private ResultActions upload(String token, String name, byte[] bytes) throws Exception {
		return this.mvc.perform(multipart("/api/reports/imports/preview")
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "en"));
	}

	private String previewId(String token) throws Exception {
		String body = upload(token, SEED, resource(SEED)).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(body, "$.id");
	}

	private com.mongodb.client.MongoCollection<Document> previews(String province) {
		return this.client.getDatabase("gongkai_" + province).getCollection("import_previews");
	}

	private static byte[] pdfWithoutText() throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

}
