package io.gongkai.analytics.nation;

import io.gongkai.analytics.catalogue.FigureCatalogue;
import io.gongkai.analytics.sync.ReadModelChanges;
import io.gongkai.platform.mongo.test.EmbeddedMongo;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;

/**
 * The start-up load and the rebuilds of the analysts' and the published figures, against
 * a store that counts the queries on the reports.
 */
class FiguresLoaderTest {

	private static final String DATABASE = "gongkai_analytics_loader";

	private static final EmbeddedMongo store = EmbeddedMongo.inMemory();

	/** The collections each {@code find} read, in order. */
	private static final List<String> finds = new CopyOnWriteArrayList<>();

	private static MongoClient client;

	private final ReadModelChanges changes = mock(ReadModelChanges.class);

	private ReadModelSource source;

	@BeforeAll
	static void aClientThatCountsQueries() {
		CommandListener counting = new CommandListener() {
			@Override
			public void commandStarted(CommandStartedEvent event) {
				if ("find".equals(event.getCommandName())) {
					finds.add(event.getCommand().getString("find").getValue());
				}
			}
		};
		client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(store.uri()))
			.addCommandListener(counting)
			.build());
	}

	@AfterAll
	static void close() {
		client.close();
		store.close();
	}

	/**
	 * Liaoning: a published report (10) and an accepted one never published (20); Gansu:
	 * a published report (5).
	 */
	@BeforeEach
	void twoProvincesReports() {
		client.getDatabase(DATABASE).drop();
		client.getDatabase(DATABASE)
			.getCollection(ReadModelSource.REPORTS)
			.insertMany(List.of(report("ln-published", "210000", "published", 10, true),
					report("ln-accepted", "210000", "accepted", 20, false),
					report("gs-published", "620000", "published", 5, true)));
		client.getDatabase(DATABASE)
			.getCollection(ReadModelSource.CURSORS)
			.insertMany(List.of(new Document("_id", "210000").append("lastSyncedAt", new Date()),
					new Document("_id", "620000").append("lastSyncedAt", new Date())));
		this.source = new ReadModelSource(client, DATABASE, new FigureCatalogue());
		given(this.changes.versions()).willReturn(Map.of());
		finds.clear();
	}

	@Test
	void theStartUpReadsEachProvincesReportsOnceForTheAnalystsAndThePublic() {
		NationalFigures figures = new NationalFigures(this.source);
		PublishedFigures published = new PublishedFigures(this.source);
		FiguresLoader loader = new FiguresLoader(figures, published, this.source, this.changes, 30,
				Duration.ofMinutes(1));
		try {
			loader.run(null);

			assertThat(finds.stream().filter(ReadModelSource.REPORTS::equals))
				.as("one query of the reports per province, feeding both models")
				.hasSize(2);
			assertThat(figures.loaded()).isTrue();
			assertThat(published.loaded()).isTrue();
			assertThat(figures.nation().province("210000").reports()).isEqualTo(2);
			assertThat(published.nation().province("210000").reports()).as("the published report only").isEqualTo(1);
			assertThat(published.nation().province("210000").year(2020).reportId(0)).isEqualTo("ln-published");
			assertThat(published.nation().province("620000").reports()).isEqualTo(1);
		}
		finally {
			loader.stop();
		}
	}

	@Test
	void aProvinceWhoseAnalystsFiguresFailToRebuildStillHasItsPublishedFiguresRebuilt() {
		NationalFigures failing = mock(NationalFigures.class);
		willThrow(new IllegalStateException("the analysts' model failed")).given(failing).reload("210000");
		PublishedFigures published = new PublishedFigures(this.source);
		FiguresLoader loader = new FiguresLoader(failing, published, this.source, this.changes, 30,
				Duration.ofMinutes(1));
		try {
			loader.provinceChanged("210000");

			Instant until = Instant.now().plus(Duration.ofSeconds(10));
			while (published.nation().province("210000") == null && Instant.now().isBefore(until)) {
				sleep();
			}
			ProvinceFigures rebuilt = published.nation().province("210000");
			if (rebuilt == null) {
				fail("The published figures of 210000 were not rebuilt after the analysts' rebuild failed");
			}
			assertThat(rebuilt.reports()).isEqualTo(1);
		}
		finally {
			loader.stop();
		}
	}

	private static Document report(String id, String province, String status, int received, boolean published) {
		Document metrics = new Document("requests.received", new Document("value", received));
		Document report = new Document("_id", id).append("province", province)
			.append("agencyId", "agency-" + id)
			.append("agencyName", "某局")
			.append("year", 2020)
			.append("format", "legacy")
			.append("scope", "own")
			.append("agencyKind", "department")
			.append("status", status)
			.append("figuresVersion", 1)
			.append("metrics", metrics);
		if (published) {
			report.append("published", new Document("version", 1).append("metrics", metrics));
		}
		return report;
	}

	private static void sleep() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
