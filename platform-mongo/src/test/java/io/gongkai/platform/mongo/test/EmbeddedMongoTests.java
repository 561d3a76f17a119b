package io.gongkai.platform.mongo.test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.gongkai.store.EmbeddedStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The tests' store: the embedded one by default, the MongoDB server the tests are pointed
 * at when one is given (here another embedded store stands in for it).
 */
class EmbeddedMongoTests {

	private final String given = System.getProperty(EmbeddedMongo.URI_PROPERTY);

	@AfterEach
	void restoreTheServerGiven() {
		if (this.given == null) {
			System.clearProperty(EmbeddedMongo.URI_PROPERTY);
		}
		else {
			System.setProperty(EmbeddedMongo.URI_PROPERTY, this.given);
		}
	}

	@Test
	void withoutAServerEachStoreIsAnEmbeddedOneOfItsOwn() {
		assumeTrue(EmbeddedMongo.realServer().isEmpty(), "the tests were given a server");
		try (EmbeddedMongo first = EmbeddedMongo.inMemory(); EmbeddedMongo second = EmbeddedMongo.inMemory()) {
			assertThat(first.isRealServer()).isFalse();
			assertThat(first.uri()).isNotEqualTo(second.uri());
		}
	}

	@Test
	void givenAServerTheTestsRunOnItStartingEmptyWithItsIndexesKept() {
		try (EmbeddedStore server = EmbeddedStore.inMemory();
				MongoClient client = MongoClients.create(server.connectionString())) {
			MongoCollection<Document> reports = client.getDatabase("gongkai_110000").getCollection("reports");
			reports.createIndex(Indexes.ascending("agencyId", "year"), new IndexOptions().unique(true));
			reports.insertOne(new Document("agencyId", "110000-a").append("year", 2020));
			System.setProperty(EmbeddedMongo.URI_PROPERTY, server.connectionString());

			try (EmbeddedMongo store = EmbeddedMongo.inMemory()) {
				assertThat(store.isRealServer()).isTrue();
				assertThat(store.uri()).isEqualTo(server.connectionString());
				assertThat(store.port()).isEqualTo(server.port());
				assertThat(reports.countDocuments()).as("emptied as a new store").isZero();
				assertThat(reports.listIndexes()).extracting((index) -> index.getString("name"))
					.contains("agencyId_1_year_1");
				reports.insertOne(new Document("agencyId", "110000-b").append("year", 2021));
			}
			assertThat(reports.countDocuments()).as("the server keeps running when the tests close their store")
				.isEqualTo(1);
		}
	}

	@Test
	void aBlankSettingIsNoServer() {
		assumeTrue(System.getenv(EmbeddedMongo.URI_VARIABLE) == null, "the tests were given a server");
		System.setProperty(EmbeddedMongo.URI_PROPERTY, " ");
		assertThat(EmbeddedMongo.realServer()).isEmpty();
		try (EmbeddedMongo store = EmbeddedMongo.inMemory()) {
			assertThat(store.isRealServer()).isFalse();
		}
	}

}
