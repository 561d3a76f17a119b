package io.gongkai.benchmarks.nation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.gongkai.benchmarks.nation.TenantProvinces.Province;
import io.gongkai.platform.mongo.test.EmbeddedMongo;
import io.gongkai.report.report.ReportFeedNumbers;
import io.gongkai.report.template.ReportTemplate;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NationWriterTest {

	private static final Province PROVINCE = new Province("460000", "海南省");

	private EmbeddedMongo store;

	private MongoClient client;

	@BeforeEach
	void start() {
		this.store = EmbeddedMongo.inMemory();
		this.client = MongoClients.create(this.store.uri());
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.store.close();
	}

	@Test
	void aSecondRunWithTheSameSeedWritesNothingAndTakesNoFeedNumbers() {
		long first = writer(new GenerationTotals()).write(PROVINCE, 40);
		GenerationTotals again = new GenerationTotals();
		long second = writer(again).write(PROVINCE, 40);
		assertThat(first).isPositive();
		assertThat(second).isZero();
		assertThat(again.reportsPresent()).isEqualTo(first);
		assertThat(counter()).isEqualTo(first);
	}

	@Test
	void numbersFollowThoseOfReportsThereAlready() {
		database().getCollection(ReportFeedNumbers.COUNTERS)
			.insertOne(new Document("_id", ReportFeedNumbers.COUNTER).append(ReportFeedNumbers.LAST_TAKEN, 5L));
		long written = writer(new GenerationTotals()).write(PROVINCE, 40);
		List<Long> numbers = new ArrayList<>();
		database().getCollection(ReportDocumentFormat.COLLECTION)
			.find()
			.forEach((report) -> numbers.add(report.getLong(ReportFeedNumbers.SEQ)));
		assertThat(numbers).hasSize((int) written).doesNotHaveDuplicates().allMatch((seq) -> seq > 5);
		assertThat(numbers.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(5 + written);
		assertThat(counter()).isEqualTo(5 + written);
	}

	private NationWriter writer(GenerationTotals totals) {
		return new NationWriter(this.client, 3L, 2018, 2021, ReportTemplate.national(), Clock.systemUTC(), totals);
	}

	private MongoDatabase database() {
		return this.client.getDatabase(ReportDocumentFormat.database(PROVINCE.code()));
	}

	private long counter() {
		return database().getCollection(ReportFeedNumbers.COUNTERS)
			.find(Filters.eq("_id", ReportFeedNumbers.COUNTER))
			.first()
			.getLong(ReportFeedNumbers.LAST_TAKEN);
	}

}
