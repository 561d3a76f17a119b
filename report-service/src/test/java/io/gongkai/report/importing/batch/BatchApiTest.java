package io.gongkai.report.importing.batch;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.jayway.jsonpath.JsonPath;
import io.gongkai.report.importing.ImportTest;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.gongkai.platform.mongo.Leases;
import io.gongkai.report.importing.ImportOutcome;
import io.gongkai.report.importing.Uploader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Batch imports through real token verification and the MongoDB-wire store.
 */
class BatchApiTest extends ImportTest {

	static final byte[] SEED = ImportTest.resource("qingdao-hrss-2013.txt");

	static final byte[] HTML = ImportTest.resource("guilin-office-2022.html");

	static final byte[] CORPUS_TIANHUANG = corpus("20_zoucheng_tianhuangzhen_2021.txt");

	static final byte[] CORPUS_ZHOUSHAN = corpus("06_zhoushan_tyjrswj_2020.txt");

	@Autowired
	MockMvc mvc;

	@Autowired
	BatchStore store;

	@Autowired
	InterruptedBatches interruptedBatches;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@Autowired
	Leases leases;

	@BeforeEach
	void tenantServiceAnswers() {
		this.circuitBreakers.circuitBreaker("tenant-service").reset();
	}

	@Test
	void aZipOfThreeReportsAndAnImageEndsWithThreeDoneAndOneFailedWithItsReason() throws Exception {
		String coordinator = tokens.coordinator("370000");
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("2013/qingdao.txt", SEED);
		entries.put("2013/scan.png", Zips.PNG);
		entries.put("2022/guilin.html", HTML);
		entries.put("2013/qingdao-gbk.txt",
				new String(SEED, StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName("GBK")));
		entries.put("__MACOSX/2013/._qingdao.txt", new byte[] { 0, 5, 22, 7 });
		String id = idOf(
				send(coordinator, new MockMultipartFile("files", "reports.zip", "application/zip", Zips.of(entries)))
					.andExpect(status().isAccepted())
					.andExpect(header().string("Location", containsString("/api/reports/imports/batches/")))
					.andExpect(jsonPath("$.progress.total").value(4)));
		String finished = awaitFinished(coordinator, id);
		assertThat((String) JsonPath.read(finished, "$.status")).isEqualTo("completed");
		assertThat((Integer) JsonPath.read(finished, "$.progress.processed")).isEqualTo(4);
		assertThat((Integer) JsonPath.read(finished, "$.progress.succeeded")).isEqualTo(3);
		assertThat((Integer) JsonPath.read(finished, "$.progress.failed")).isEqualTo(1);
		assertThat((List<String>) JsonPath.read(finished, "$.files[*].status")).containsExactly("done", "failed",
				"done", "done");
		assertThat((String) JsonPath.read(finished, "$.files[1].name")).isEqualTo("2013/scan.png");
		assertThat((String) JsonPath.read(finished, "$.files[1].error")).contains("图片").contains("OCR");
		String inEnglish = this.mvc
			.perform(get("/api/reports/imports/batches/" + id).header("Authorization", "Bearer " + coordinator)
				.header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(inEnglish, "$.files[1].error")).contains("image").contains("OCR");
		assertThat((String) JsonPath.read(finished, "$.files[2].agencyName")).isEqualTo("桂林市人民政府办公室");
		assertThat((Integer) JsonPath.read(finished, "$.files[3].year")).isEqualTo(2013);

		var results = this.mvc
			.perform(get("/api/reports/imports/batches/" + id + "/results").header("Authorization",
					"Bearer " + coordinator))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString(".jsonl")))
			.andReturn()
			.getResponse();
		List<String> lines = results.getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(4);
		assertThat((String) JsonPath.read(lines.get(0), "$.agencyName")).isEqualTo("青岛市人力资源和社会保障局");
		assertThat((Integer) JsonPath.read(lines.get(0), "$.metrics['requests.received'].value")).isEqualTo(33);
		assertThat((String) JsonPath.read(lines.get(1), "$.source")).isEqualTo("2013/scan.png");
		assertThat((String) JsonPath.read(lines.get(1), "$.error")).contains("image");
		assertThat((String) JsonPath.read(lines.get(3), "$.source")).isEqualTo("2013/qingdao-gbk.txt");
	}

	/**
	 * The walk's batch of three files said 成功 3 and made nothing: now each file says what
	 * became of it, the matched agency gets its draft, and the same batch sent again
	 * makes nothing new.
	 */
	@Test
	void aCoordinatorsBatchMakesDraftsForMatchedAgenciesSaysWhyNotForTheOthersAndMakesNothingTwice() throws Exception {
		tenantService.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/tenants/370000/agencies/search"))
			.atPriority(9)
			.willReturn(WireMock.okJson("[]")));
		tenantService.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/tenants/370000/agencies/search"))
			.withQueryParam("q", WireMock.equalTo("青岛市人力资源和社会保障局"))
			.atPriority(1)
			.willReturn(WireMock.okJson("""
					[{"agency":{"id":"370200-hrss-batch","name":"青岛市人力资源和社会保障局"},"score":0.97},
					 {"agency":{"id":"370000-hrss","name":"山东省人力资源和社会保障厅"},"score":0.41}]""")));
		tenantService.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/tenants/370000/agencies/370800-thz"))
			.willReturn(WireMock.okJson("{\"id\":\"370800-thz\",\"name\":\"邹城市田黄镇人民政府\"}")));
		String coordinator = tokens.coordinator("370000");
		MockMultipartFile[] files = { new MockMultipartFile("files", "qingdao.txt", "text/plain", SEED),
				new MockMultipartFile("files", "guilin.html", "text/html", HTML),
				new MockMultipartFile("files", "tianhuang.txt", "text/plain", CORPUS_TIANHUANG) };
		String first = awaitFinished(coordinator, idOf(send(coordinator, files).andExpect(status().isAccepted())));
		assertThat((List<String>) JsonPath.read(first, "$.files[*].outcome.outcome")).as(first)
			.containsExactly("created", "other_province", "no_agency");
		assertThat((Integer) JsonPath.read(first, "$.progress.created")).isEqualTo(1);
		assertThat((List<String>) JsonPath.read(first, "$.files[*].outcome.detail")).as(first)
			.containsExactly("已生成草稿。", "这份报告属于广西壮族自治区（450000），不是本省的报告，未生成报告。如它属于本省某个机关，请打开预览选择机关。",
					"名录中没有能确定对应“邹城市田黄镇人民政府”的机关，未生成报告。请打开预览选择机关。")
			.allSatisfy((detail) -> assertThat(detail).doesNotContainPattern("[A-Za-z]{3,}"));
		String firstInEnglish = this.mvc
			.perform(get("/api/reports/imports/batches/" + JsonPath.read(first, "$.id"))
				.header("Authorization", "Bearer " + coordinator)
				.header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((List<String>) JsonPath.read(firstInEnglish, "$.files[*].outcome.detail")).containsExactly(
				"Draft made.",
				"The report belongs to 广西壮族自治区 (450000), not to your province; nothing was made. Open the preview to "
						+ "choose the agency it belongs to, if it is one of yours.",
				"The registry matched no agency with certainty to 邹城市田黄镇人民政府; nothing was made. Open the preview "
						+ "to choose the agency.");
		assertThat((String) JsonPath.read(first, "$.files[0].outcome.agencyId")).isEqualTo("370200-hrss-batch");
		String reportId = JsonPath.read(first, "$.files[0].outcome.reportId");
		String previewId = JsonPath.read(first, "$.files[2].outcome.previewId");
		this.mvc.perform(get("/api/reports/" + reportId).header("Authorization", "Bearer " + coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("draft"))
			.andExpect(jsonPath("$.agencyId").value("370200-hrss-batch"))
			.andExpect(jsonPath("$.origin.fileName").value("qingdao.txt"))
			.andExpect(jsonPath("$.origin.source").value("batch"))
			.andExpect(jsonPath("$.metrics['requests.received'].value").value(33));

		String again = awaitFinished(coordinator, idOf(send(coordinator, files).andExpect(status().isAccepted())));
		assertThat((List<String>) JsonPath.read(again, "$.files[*].outcome.outcome")).as(again)
			.containsExactly("exists", "other_province", "no_agency");
		assertThat((String) JsonPath.read(again, "$.files[0].outcome.detail")).isEqualTo("该机关已有2013年度的报告，未作改动。");
		assertThat((Integer) JsonPath.read(again, "$.progress.created")).isZero();
		assertThat((String) JsonPath.read(again, "$.files[0].outcome.reportId")).isEqualTo(reportId);
		assertThat((String) JsonPath.read(again, "$.files[2].outcome.previewId")).isEqualTo(previewId);

		this.mvc
			.perform(post("/api/reports/imports/previews/{id}/draft", previewId)
				.header("Authorization", "Bearer " + coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/agency-choice-required"));
		this.mvc
			.perform(post("/api/reports/imports/previews/{id}/draft", previewId)
				.header("Authorization", "Bearer " + coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"agencyId\":\"370800-thz\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.agencyId").value("370800-thz"));
	}

	/**
	 * A coordinator may import the province's published reports as accepted; each counts
	 * as on time or late by the day it was published.
	 */
	@Test
	void aCoordinatorAskingForAcceptedReportsGetsThemOnTimeByTheirPublicationDate() throws Exception {
		tenantService.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/tenants/330000/agencies/search"))
			.willReturn(
					WireMock.okJson("[{\"agency\":{\"id\":\"330900-vet\",\"name\":\"舟山市退役军人事务局\"},\"score\":1.0}]")));
		String coordinator = tokens.coordinator("330000");
		String finished = awaitFinished(coordinator,
				idOf(this.mvc
					.perform(multipart("/api/reports/imports/batches").param("accepted", "true")
						.file(new MockMultipartFile("files", "zhoushan.txt", "text/plain", CORPUS_ZHOUSHAN))
						.header("Authorization", "Bearer " + coordinator))
					.andExpect(status().isAccepted())));
		assertThat((String) JsonPath.read(finished, "$.files[0].outcome.outcome")).as(finished).isEqualTo("created");
		String reportId = JsonPath.read(finished, "$.files[0].outcome.reportId");
		this.mvc.perform(get("/api/reports/" + reportId).header("Authorization", "Bearer " + coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("accepted"))
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.deadline").value("2021-01-31"))
			.andExpect(jsonPath("$.origin.publishedOn").value("2021-01-28"))
			.andExpect(jsonPath("$.onTime").value(true));
		this.mvc.perform(get("/api/reports/" + reportId + "/audit").header("Authorization", "Bearer " + coordinator))
			.andExpect(jsonPath("$.entries[0].action").value("imported"))
			.andExpect(jsonPath("$.entries[0].toStatus").value("accepted"));
		this.mvc
			.perform(multipart("/api/reports/imports/batches").param("accepted", "true")
				.file(new MockMultipartFile("files", "zhoushan.txt", "text/plain", CORPUS_ZHOUSHAN))
				.header("Authorization", "Bearer " + tokens.reporter("330000", "330900-vet")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/not-a-coordinator"));
	}

	@Test
	void severalFilesWithoutAZipAreOneBatch() throws Exception {
		String reporter = tokens.reporter("370000", "370200-hrss");
		String id = idOf(send(reporter, new MockMultipartFile("files", "a.txt", "text/plain", SEED),
				new MockMultipartFile("files", "b.html", "text/html", HTML))
			.andExpect(status().isAccepted()));
		String finished = awaitFinished(reporter, id);
		assertThat((Integer) JsonPath.read(finished, "$.progress.succeeded")).isEqualTo(2);
		assertThat((String) JsonPath.read(finished, "$.createdBy")).isEqualTo("reporter-370000-370200-hrss");
		assertThat((String) JsonPath.read(finished, "$.createdByName")).isEqualTo("reporter-370000-370200-hrss");
	}

	@Test
	void theBatchNamesWhoStartedItByTheirName() throws Exception {
		String coordinator = tokens.coordinatorNamed("370000", "李", "四");
		String finished = awaitFinished(coordinator,
				idOf(send(coordinator, new MockMultipartFile("files", "a.txt", "text/plain", SEED))));
		assertThat((String) JsonPath.read(finished, "$.createdBy")).isEqualTo("coordinator-370000");
		assertThat((String) JsonPath.read(finished, "$.createdByName")).isEqualTo("李四");
	}

	@Test
	void anotherProvincesCoordinatorAndAnotherAgencysReporterGet404() throws Exception {
		String id = idOf(send(tokens.reporter("370000", "370200-hrss"),
				new MockMultipartFile("files", "a.txt", "text/plain", SEED)));
		for (String outsider : List.of(tokens.coordinator("620000"), tokens.reporter("370000", "370100-other"))) {
			for (var request : List.of(get("/api/reports/imports/batches/" + id),
					get("/api/reports/imports/batches/" + id + "/results"),
					delete("/api/reports/imports/batches/" + id))) {
				this.mvc.perform(request.header("Authorization", "Bearer " + outsider))
					.andExpect(status().isNotFound())
					.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/batch-not-found"));
			}
		}
		this.mvc
			.perform(get("/api/reports/imports/batches/" + id).header("Authorization",
					"Bearer " + tokens.coordinator("370000")))
			.andExpect(status().isOk());
	}

	@Test
	void aZipBombIsRefusedNamingTheLimits() throws Exception {
		send(tokens.coordinator("370000"),
				new MockMultipartFile("files", "bomb.zip", "application/zip", Zips.bomb(101L * 1024 * 1024)))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/batch-too-large"))
			.andExpect(jsonPath("$.detail", containsString("200 files")))
			.andExpect(jsonPath("$.detail", containsString("104,857,600 bytes")))
			.andExpect(jsonPath("$.detail", containsString("10 MiB per file")));
	}

	@Test
	void aZipOfTooManyFilesIsRefusedNamingTheLimit() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i <= 200; i++) {
			entries.put("r" + i + ".txt", "x".getBytes());
		}
		send(tokens.coordinator("370000"),
				new MockMultipartFile("files", "many.zip", "application/zip", Zips.of(entries)))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.detail", containsString("more than 200 files")));
	}

	@Test
	void aZipWithPathsLeavingItsFolderIsRefused() throws Exception {
		send(tokens.coordinator("370000"),
				new MockMultipartFile("files", "evil.zip", "application/zip",
						Zips.of(Map.of("../../etc/cron.d/evil.txt", SEED))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/unsafe-archive"))
			.andExpect(jsonPath("$.entry").value("../../etc/cron.d/evil.txt"));
	}

	@Test
	void aBatchLeftRunningByAStopIsMarkedInterruptedAndKeepsItsResults() throws Exception {
		Uploader coordinator = new Uploader("s-1", "coordinator-460000", null, null, "provincial-coordinator");
		this.store.insert("460000", "left-running", coordinator, false,
				List.of(BatchFile.of("a.txt", SEED), BatchFile.of("b.txt", SEED)), Instant.now().minusSeconds(120),
				"an-instance-killed", Instant.now().minusSeconds(1));
		this.store.start("460000", "left-running", Instant.now());
		this.store.fileDone("460000", "left-running", 0, new org.bson.Document("year", 2013),
				new ImportOutcome(ImportOutcome.INCOMPLETE, null, null, null, null, "no-year", List.of()),
				"{\"source\":\"a.txt\"}");
		markInterrupted(this.interruptedBatches);
		String token = tokens.coordinator("460000");
		this.mvc.perform(get("/api/reports/imports/batches/left-running").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("interrupted"))
			.andExpect(jsonPath("$.progress.processed").value(1))
			.andExpect(jsonPath("$.files[0].status").value("done"))
			.andExpect(jsonPath("$.files[1].status").value("not_processed"));
		this.mvc
			.perform(
					get("/api/reports/imports/batches/left-running/results").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string("{\"source\":\"a.txt\"}\n"));
	}

	@Test
	void aBatchIsMarkedInterruptedOnlyOnceTheInstanceRunningItStoppedRenewingItsLease() throws Exception {
		Uploader coordinator = new Uploader("s-1", "coordinator-460000", null, null, "provincial-coordinator");
		Instant now = Instant.now();
		List<BatchFile> files = List.of(BatchFile.of("a.txt", SEED), BatchFile.of("b.txt", SEED));
		// two instances each took a batch 50 s ago, leased for 60 s
		this.store.insert("460000", "of-a-live-instance", coordinator, false, files, now.minusSeconds(50), "instance-a",
				now.plusSeconds(10));
		this.store.insert("460000", "of-a-killed-instance", coordinator, false, files, now.minusSeconds(50),
				"instance-b", now.plusSeconds(10));
		this.store.start("460000", "of-a-live-instance", now.minusSeconds(50));
		this.store.start("460000", "of-a-killed-instance", now.minusSeconds(50));
		// instance a renews its batch's lease now; instance b was killed and renews
		// nothing
		BatchLeases instanceA = new BatchLeases(this.store, Clock.fixed(now, ZoneOffset.UTC), Duration.ofSeconds(60),
				"instance-a");
		instanceA.taken("460000", "of-a-live-instance");
		instanceA.renew();
		// a third instance looks 30 s later
		Clock later = Clock.fixed(now.plusSeconds(30), ZoneOffset.UTC);
		InterruptedBatches instanceC = new InterruptedBatches(this.store,
				new BatchLeases(this.store, later, Duration.ofSeconds(60), "instance-c"), this.leases, later);

		markInterrupted(instanceC);

		String token = tokens.coordinator("460000");
		this.mvc
			.perform(get("/api/reports/imports/batches/of-a-live-instance").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("running"));
		this.mvc
			.perform(
					get("/api/reports/imports/batches/of-a-killed-instance").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("interrupted"))
			.andExpect(jsonPath("$.files[0].status").value("not_processed"));
		assertThat(this.store.find("460000", "of-a-live-instance").orElseThrow().getDate("leaseUntil").toInstant())
			.isAfter(now.plusSeconds(59));
	}

	/**
	 * Looks for interrupted batches, waiting while the service's own timer holds the
	 * lease.
	 */
	private static void markInterrupted(InterruptedBatches instance) throws InterruptedException {
		for (int attempt = 0; attempt < 100 && !instance.markInterrupted(); attempt++) {
			Thread.sleep(100);
		}
	}

	@Test
	void anAnalystCannotSendABatch() throws Exception {
		send(tokens.analyst(), new MockMultipartFile("files", "a.txt", "text/plain", SEED))
			.andExpect(status().isForbidden());
	}

	private static byte[] corpus(String name) {
		try {
			return java.nio.file.Files
				.readAllBytes(java.nio.file.Path.of("src/test/resources/textimport/corpus", name));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private ResultActions send(String token, MockMultipartFile... files) throws Exception {
		var request = multipart("/api/reports/imports/batches");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return this.mvc.perform(request.header("Authorization", "Bearer " + token).header("Accept-Language", "en"));
	}

	static String idOf(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
	}

	String awaitFinished(String token, String id) throws Exception {
		return awaitFinished(this.mvc, token, id);
	}

	static String awaitFinished(MockMvc mvc, String token, String id) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (true) {
			String body = mvc
				.perform(get("/api/reports/imports/batches/" + id).header("Authorization", "Bearer " + token))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			String status = JsonPath.read(body, "$.status");
			if (!status.equals("queued") && !status.equals("running")) {
				return body;
			}
			assertThat(Instant.now()).as("batch %s still %s", id, status).isBefore(deadline);
			Thread.sleep(100);
		}
	}

}
