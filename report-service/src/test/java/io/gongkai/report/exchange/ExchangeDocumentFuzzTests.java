package io.gongkai.report.exchange;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gongkai.platform.problem.ProblemException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever an upload in the exchange format holds, reading it gives documents or a 4xx
 * problem that says what is wrong, never another exception (a 500): one document as
 * {@code POST /api/reports/exchange} reads it, and an upload of several as the bulk
 * upload splits it (a JSON array, or JSON Lines). Regression mode replays the inputs in
 * {@code ExchangeDocumentFuzzTestsInputs}; {@code docs/fuzzing.md} says how to fuzz.
 */
class ExchangeDocumentFuzzTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final BulkUploads BULK = new BulkUploads(null, new BulkSettings(500, null));

	@FuzzTest(maxDuration = "5m")
	void anyUploadGivesDocumentsOrAClientProblem(byte[] upload) {
		JsonNode node = parsed(upload);
		if (node != null) {
			readsOrRefuses(() -> ExchangeDocuments.newReport(ExchangeDocuments.read(node)));
		}
		for (boolean lines : new boolean[] { false, true }) {
			readsOrRefuses(() -> {
				List<BulkItem> items = BULK.read(upload, lines);
				for (BulkItem item : items) {
					if (item.node() != null) {
						ExchangeDocuments.newReport(ExchangeDocuments.read(item.node()));
					}
				}
			});
		}
	}

	/**
	 * The body as the controller's converter reads it; {@code null} where it refuses it
	 * (400).
	 */
	private static JsonNode parsed(byte[] upload) {
		try {
			return JSON.readTree(upload);
		}
		catch (JacksonException notJson) {
			return null;
		}
	}

	private static void readsOrRefuses(Runnable reading) {
		try {
			reading.run();
		}
		catch (ProblemException refused) {
			assertThat(refused.getStatusCode().is4xxClientError()).as("status of %s", refused.getBody()).isTrue();
			assertThat(refused.getBody().getDetail()).isNotBlank();
		}
	}

}
