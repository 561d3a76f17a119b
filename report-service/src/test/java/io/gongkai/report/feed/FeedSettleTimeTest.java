package io.gongkai.report.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.gongkai.report.ReportServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed holds back changes younger than the settle time (2 s here), so that a reader
 * never moves past a change that took its number before another but reached the store
 * after it.
 */
@SpringBootTest(properties = "gongkai.feed.settle-time=2s")
@Import(MovableClock.Configuration.class)
class FeedSettleTimeTest extends ReportServiceTest {

	static int provinces;

	final String service = tokens.service();

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoClient client;

	@Autowired
	MovableClock clock;

	FeedClient api;

	String province;

	@BeforeEach
	void aFreshProvince() throws Exception {
		this.province = nextProvince();
		this.api = new FeedClient(this.mvc).warmedUp(this.service);
	}

	@Test
	void aFreshChangeIsServedOnlyOnceItHasSettled() throws Exception {
		String id = this.api.create(reporter("a"), FeedClient.complete2021());
		assertNothingAfter(0);
		this.clock.moveOn(Duration.ofMillis(1999));
		assertNothingAfter(0);
		this.clock.moveOn(Duration.ofMillis(1));
		JsonNode page = this.api.page(this.service, this.province, 0, 10);
		assertThat(page.get("items").findValuesAsString("reportId")).containsExactly(id);
		assertThat(page.get("next").asLong()).isEqualTo(1);
	}

	@Test
	void aChangeNotSettledHoldsBackTheChangesNumberedAfterIt() throws Exception {
		Instant start = this.clock.instant();
		String first = this.api.create(reporter("b"), FeedClient.complete2021());
		this.clock.moveOn(Duration.ofSeconds(1));
		String second = this.api.create(reporter("c"), FeedClient.complete2021());
		// The first took number 1, but on an instance whose clock is 1.5 s ahead.
		reports().updateOne(Filters.eq("_id", first),
				Updates.set("feedAt", Date.from(start.plus(Duration.ofMillis(2500)))));

		this.clock.moveOn(Duration.ofSeconds(2));
		assertNothingAfter(0);
		this.clock.moveOn(Duration.ofMillis(1500));
		JsonNode page = this.api.page(this.service, this.province, 0, 10);
		assertThat(page.get("items").findValuesAsString("reportId")).containsExactly(first, second);
	}

	@Test
	void aPageCutShortByAChangeNotYetSettledSaysThereIsNoMore() throws Exception {
		this.api.create(reporter("d"), FeedClient.complete2021());
		this.api.create(reporter("e"), FeedClient.complete2021());
		this.clock.moveOn(Duration.ofSeconds(2));
		this.api.create(reporter("f"), FeedClient.complete2021());

		JsonNode page = this.api.page(this.service, this.province, 0, 2);
		assertThat(page.get("items").findValuesAsString("seq")).containsExactly("1", "2");
		assertThat(page.get("more").asBoolean()).isFalse();
		this.clock.moveOn(Duration.ofSeconds(2));
		assertThat(this.api.page(this.service, this.province, 0, 2).get("more").asBoolean()).isTrue();
	}

	private void assertNothingAfter(long after) throws Exception {
		JsonNode page = this.api.page(this.service, this.province, after, 10);
		assertThat(page.get("items").isEmpty()).isTrue();
		assertThat(page.get("next").asLong()).isEqualTo(after);
		assertThat(page.get("more").asBoolean()).isFalse();
	}

	/** A province of its own (codes 510000 on), whose feed starts empty. */
	private static String nextProvince() {
		return (51 + provinces++) + "0000";
	}

	private String reporter(String agency) {
		return tokens.reporter(this.province, this.province.substring(0, 2) + "0100-" + agency);
	}

	private MongoCollection<Document> reports() {
		return this.client.getDatabase("gongkai_" + this.province).getCollection("reports");
	}

}
