package io.gongkai.report.importing.batch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.gongkai.report.importing.ImportTestSupport;
import io.gongkai.report.importing.Uploader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Batch imports through real token verification and the MongoDB-wire store.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BatchApiTest {

	static final ImportTestSupport support = new ImportTestSupport();

	static final byte[] SEED = ImportTestSupport.resource("qingdao-hrss-2013.txt");

	static final byte[] HTML = ImportTestSupport.resource("guilin-office-2022.html");

	@Autowired
	MockMvc mvc;

	@Autowired
	BatchStore store;

	@Autowired
	InterruptedBatches interruptedBatches;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		support.register(registry);
	}

	@AfterAll
	static void stop() {
		support.close();
	}

	@Test
	void aZipOfThreeReportsAndAnImageEndsWithThreeDoneAndOneFailedWithItsReason() throws Exception {
		String coordinator = support.tokens.coordinator("370000");
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
		assertThat((String) JsonPath.read(finished, "$.files[1].error")).contains("image").contains("OCR");
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

	@Test
	void severalFilesWithoutAZipAreOneBatch() throws Exception {
		String reporter = support.tokens.reporter("370000", "370200-hrss");
		String id = idOf(send(reporter, new MockMultipartFile("files", "a.txt", "text/plain", SEED),
				new MockMultipartFile("files", "b.html", "text/html", HTML))
			.andExpect(status().isAccepted()));
		String finished = awaitFinished(reporter, id);
		assertThat((Integer) JsonPath.read(finished, "$.progress.succeeded")).isEqualTo(2);
		assertThat((String) JsonPath.read(finished, "$.createdBy")).isEqualTo("reporter-370000-370200-hrss");
	}

	@Test
	void anotherProvincesCoordinatorAndAnotherAgencysReporterGet404() throws Exception {
		String id = idOf(send(support.tokens.reporter("370000", "370200-hrss"),
				new MockMultipartFile("files", "a.txt", "text/plain", SEED)));
		for (String outsider : List.of(support.tokens.coordinator("620000"),
				support.tokens.reporter("370000", "370100-other"))) {
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
					"Bearer " + support.tokens.coordinator("370000")))
			.andExpect(status().isOk());
	}

	@Test
	void aZipBombIsRefusedNamingTheLimits() throws Exception {
		send(support.tokens.coordinator("370000"),
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
		send(support.tokens.coordinator("370000"),
				new MockMultipartFile("files", "many.zip", "application/zip", Zips.of(entries)))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.detail", containsString("more than 200 files")));
	}

	@Test
	void aZipWithPathsLeavingItsFolderIsRefused() throws Exception {
		send(support.tokens.coordinator("370000"),
				new MockMultipartFile("files", "evil.zip", "application/zip",
						Zips.of(Map.of("../../etc/cron.d/evil.txt", SEED))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/unsafe-archive"))
			.andExpect(jsonPath("$.entry").value("../../etc/cron.d/evil.txt"));
	}

	@Test
	void aBatchLeftRunningByAStopIsMarkedInterruptedAndKeepsItsResults() throws Exception {
		Uploader coordinator = new Uploader("s-1", "coordinator-460000", null, "provincial-coordinator");
		this.store.insert("460000", "left-running", coordinator,
				List.of(BatchFile.of("a.txt", SEED), BatchFile.of("b.txt", SEED)), Instant.now());
		this.store.start("460000", "left-running", Instant.now());
		this.store.fileDone("460000", "left-running", 0, new org.bson.Document("year", 2013), "{\"source\":\"a.txt\"}");
		this.interruptedBatches.markInterrupted();
		String token = support.tokens.coordinator("460000");
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
	void anAnalystCannotSendABatch() throws Exception {
		send(support.tokens.analyst(), new MockMultipartFile("files", "a.txt", "text/plain", SEED))
			.andExpect(status().isForbidden());
	}

	private ResultActions send(String token, MockMultipartFile... files) throws Exception {
		var request = multipart("/api/reports/imports/batches");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return this.mvc.perform(request.header("Authorization", "Bearer " + token));
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
