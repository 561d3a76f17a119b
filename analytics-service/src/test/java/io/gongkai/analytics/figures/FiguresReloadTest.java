package io.gongkai.analytics.figures;

import io.gongkai.analytics.AnalyticsServiceTest;
import io.gongkai.analytics.nation.NationalFigures;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import io.gongkai.analytics.sync.ProvinceSynced;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The service starts on an empty store at once, and rebuilds a province when the sync
 * says it brought the province in: a new report appears, an amended report's new accepted
 * version replaces the old one.
 */
class FiguresReloadTest extends AnalyticsServiceTest {

	static final String RECEIVED = "/api/analytics/comparison?figure=requests.received&year=2022&by=province";

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoClient mongo;

	@Autowired
	NationalFigures figures;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void aProvinceIsRebuiltWhenTheSyncBringsItInAndAnAmendmentReplacesItsEarlierVersion() throws Exception {
		assertThat(this.figures.loaded()).isTrue();
		assertThat(this.figures.nation().reports()).isZero();
		assertThat(comparison().path("rows")).isEmpty();

		MongoCollection<Document> agencies = collection("analytics_agencies");
		agencies.insertMany(
				List.of(TestNation.agency("ln-rst", "210000", "辽宁省人力资源和社会保障厅", "province", "department", "own", null),
						TestNation.agency("ln-fgw", "210000", "辽宁省发展和改革委员会", "province", "department", "own", null)));
		write(TestNation.template("ln-rst-2022", "210000", "ln-rst", 2022, "template2021",
				TestNation.simple(100, 50, 10, "results.unable.not_held", 10, 70, 30)));
		write(TestNation.template("ln-fgw-2022", "210000", "ln-fgw", 2022, "template2021",
				TestNation.simple(45, 20, 5, "results.unable.not_held", 10, 35, 10)));
		collection("sync_cursors").insertOne(
				new Document("_id", "210000").append("lastSyncedAt", Date.from(Instant.parse("2023-04-01T08:00:00Z"))));
		this.events.publishEvent(new ProvinceSynced("210000", Instant.now()));
		JsonNode first = awaitLiaoning(145);
		assertThat(first.path("reports").asInt()).isEqualTo(2);

		// version 2 of the 发展和改革委员会's report is accepted: 50 instead of 45
		write(TestNation
			.template("ln-fgw-2022", "210000", "ln-fgw", 2022, "template2021",
					TestNation.simple(50, 25, 5, "results.unable.not_held", 10, 40, 10))
			.append("figuresVersion", 2));
		this.events.publishEvent(new ProvinceSynced("210000", Instant.now()));
		JsonNode amended = awaitLiaoning(150);
		assertThat(amended.path("reports").asInt()).isEqualTo(2);
	}

	private JsonNode awaitLiaoning(double value) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(10));
		JsonNode row = null;
		while (Instant.now().isBefore(until)) {
			JsonNode rows = comparison().path("rows");
			row = rows.isEmpty() ? null : rows.get(0);
			if (row != null && row.path("value").asDouble() == value) {
				return row;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("Liaoning never reached " + value + ": " + row);
	}

	private JsonNode comparison() throws Exception {
		String body = this.mvc.perform(get(RECEIVED).header("Authorization", "Bearer " + tokens.analyst()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return new ObjectMapper().readTree(body);
	}

	private void write(Document report) {
		collection("analytics_reports").replaceOne(new Document("_id", report.get("_id")), report,
				new ReplaceOptions().upsert(true));
	}

	private MongoCollection<Document> collection(String name) {
		return this.mongo.getDatabase("gongkai_analytics").getCollection(name);
	}

}
