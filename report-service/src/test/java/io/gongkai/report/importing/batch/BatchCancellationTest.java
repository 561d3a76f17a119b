package io.gongkai.report.importing.batch;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import io.gongkai.report.importing.ImportTest;
import io.gongkai.report.textimport.TextExtractor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cancelling batches, made deterministic: one worker, which a test can keep busy, and an
 * extractor that a test can hold inside a file.
 */
@SpringBootTest(properties = "gongkai.imports.batch.threads=1")
class BatchCancellationTest extends ImportTest {

	static final byte[] SEED = ImportTest.resource("qingdao-hrss-2013.txt");

	@Autowired
	MockMvc mvc;

	@Autowired
	BatchWorkers workers;

	@MockitoSpyBean
	TextExtractor extractor;

	@Test
	void aRunningBatchStopsAfterItsCurrentFileAndKeepsWhatItRead() throws Exception {
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		doAnswer((invocation) -> {
			inside.countDown();
			release.await(20, TimeUnit.SECONDS);
			return invocation.callRealMethod();
		}).when(this.extractor).extractWithText(eq("hold.txt"), any());
		String coordinator = tokens.coordinator("140000");
		String id = BatchApiTest.idOf(this.mvc.perform(multipart("/api/reports/imports/batches")
			.file(new MockMultipartFile("files", "hold.txt", "text/plain", SEED))
			.file(new MockMultipartFile("files", "second.txt", "text/plain", SEED))
			.file(new MockMultipartFile("files", "third.txt", "text/plain", SEED))
			.header("Authorization", "Bearer " + coordinator)));
		assertThat(inside.await(20, TimeUnit.SECONDS)).isTrue();
		this.mvc.perform(delete("/api/reports/imports/batches/" + id).header("Authorization", "Bearer " + coordinator))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("running"))
			.andExpect(jsonPath("$.cancelRequested").value(true));
		release.countDown();
		String finished = BatchApiTest.awaitFinished(this.mvc, coordinator, id);
		assertThat((String) JsonPath.read(finished, "$.status")).isEqualTo("cancelled");
		assertThat((Integer) JsonPath.read(finished, "$.progress.processed")).isEqualTo(1);
		assertThat((java.util.List<String>) JsonPath.read(finished, "$.files[*].status")).containsExactly("done",
				"not_processed", "not_processed");
		String results = this.mvc
			.perform(get("/api/reports/imports/batches/" + id + "/results").header("Authorization",
					"Bearer " + coordinator))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(results.lines()).hasSize(1);
		this.mvc.perform(delete("/api/reports/imports/batches/" + id).header("Authorization", "Bearer " + coordinator))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/batch-finished"));
	}

	@Test
	void aQueuedBatchIsCancelledAtOnceAndNeverRead() throws Exception {
		CountDownLatch busy = new CountDownLatch(1);
		CountDownLatch started = new CountDownLatch(1);
		assertThat(this.workers.submit(() -> {
			started.countDown();
			try {
				busy.await(20, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		})).isTrue();
		assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
		String reporter = tokens.reporter("140000", "140400-a");
		String id = BatchApiTest.idOf(this.mvc.perform(multipart("/api/reports/imports/batches")
			.file(new MockMultipartFile("files", "queued.txt", "text/plain", SEED))
			.header("Authorization", "Bearer " + reporter)));
		this.mvc.perform(get("/api/reports/imports/batches/" + id).header("Authorization", "Bearer " + reporter))
			.andExpect(jsonPath("$.status").value("queued"));
		this.mvc.perform(delete("/api/reports/imports/batches/" + id).header("Authorization", "Bearer " + reporter))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("cancelled"))
			.andExpect(jsonPath("$.files[0].status").value("not_processed"));
		busy.countDown();
		Thread.sleep(300);
		this.mvc.perform(get("/api/reports/imports/batches/" + id).header("Authorization", "Bearer " + reporter))
			.andExpect(jsonPath("$.status").value("cancelled"))
			.andExpect(jsonPath("$.progress.processed").value(0));
	}

}
