package io.gongkai.analytics.freshness;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import io.gongkai.analytics.AnalyticsServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class FreshnessControllerTest extends AnalyticsServiceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoClient mongo;

	@Test
	void analystsSeeWhichProvincesAreFailingToSynchroniseAndSinceWhenTheirFiguresDate() throws Exception {
		Date synced = Date.from(Instant.parse("2026-03-01T08:00:00Z"));
		Date attempted = Date.from(Instant.parse("2026-03-01T08:05:00Z"));
		this.mongo.getDatabase("gongkai_analytics")
			.getCollection("sync_cursors")
			.insertMany(List.of(
					new Document("_id", "210000").append("after", 40L)
						.append("reports", 12L)
						.append("agencies", 3L)
						.append("lastSyncedAt", synced)
						.append("lastAttemptAt", synced)
						.append("lastError", null)
						.append("state", "ok"),
					new Document("_id", "220000").append("after", 7L)
						.append("reports", 4L)
						.append("agencies", 2L)
						.append("lastSyncedAt", synced)
						.append("lastAttemptAt", attempted)
						.append("lastError", "report-service feed of 220000 after 7: answered 500")
						.append("state", "failing"),
					// written before the cursor had a state: still readable
					new Document("_id", "230000").append("reports", 5)));

		this.mvc.perform(get("/api/analytics/freshness").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].provinceCode").value("210000"))
			.andExpect(jsonPath("$[0].reports").value(12))
			.andExpect(jsonPath("$[0].agencies").value(3))
			.andExpect(jsonPath("$[0].state").value("ok"))
			.andExpect(jsonPath("$[0].lastError").isEmpty())
			.andExpect(jsonPath("$[1].state").value("failing"))
			.andExpect(jsonPath("$[1].lastError").value("report-service feed of 220000 after 7: answered 500"))
			.andExpect(jsonPath("$[1].lastSyncedAt").value("2026-03-01T08:00:00Z"))
			.andExpect(jsonPath("$[1].lastAttemptAt").value("2026-03-01T08:05:00Z"))
			.andExpect(jsonPath("$[2].reports").value(5))
			.andExpect(jsonPath("$[2].state").isEmpty())
			.andExpect(jsonPath("$[2].lastSyncedAt").isEmpty());
	}

	@Test
	void aCoordinatorSeesItsOwnProvinceInDetailAndTheRestOnlyAsTheNationalAggregate() throws Exception {
		Date synced = Date.from(Instant.parse("2026-03-02T08:00:00Z"));
		Date older = Date.from(Instant.parse("2026-03-01T06:00:00Z"));
		this.mongo.getDatabase("gongkai_analytics")
			.getCollection("sync_cursors")
			.insertMany(List.of(
					new Document("_id", "310000").append("reports", 10L)
						.append("agencies", 2L)
						.append("lastSyncedAt", synced)
						.append("state", "ok"),
					new Document("_id", "320000").append("reports", 30L)
						.append("agencies", 4L)
						.append("lastSyncedAt", older)
						.append("lastError", "report-service feed of 320000 after 9: answered 500")
						.append("state", "failing")));

		String body = this.mvc
			.perform(get("/api/analytics/freshness").header("Authorization", "Bearer " + tokens.coordinator("310000")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].provinceCode").value("310000"))
			.andExpect(jsonPath("$[0].reports").value(10))
			.andExpect(jsonPath("$[0].state").value("ok"))
			.andExpect(jsonPath("$[1].provinceCode").value("national"))
			.andExpect(jsonPath("$[1].state").isEmpty())
			.andExpect(jsonPath("$[1].lastError").isEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(body).doesNotContain("320000").doesNotContain("failing");
		this.mvc
			.perform(get("/api/analytics/freshness").header("Authorization",
					"Bearer " + tokens.reporter("310000", "310000-a")))
			.andExpect(status().isForbidden());
	}

}
