package io.gongkai.deploy.store;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EmbeddedStoreTests {

	@TempDir
	Path data;

	@Test
	void whatIsWrittenSurvivesARestart() throws Exception {
		int port;
		try (EmbeddedStore store = EmbeddedStore.start(this.data, 0)) {
			port = store.port();
			try (MongoClient client = MongoClients.create(store.connectionString())) {
				collection(client).insertOne(new Document("_id", "210000-rst").append("name", "辽宁省人力资源和社会保障厅"));
			}
		}
		assertThat(this.data.resolve("store/gongkai.mv")).exists();
		assertThat(Files.size(this.data.resolve("store/gongkai.mv"))).isPositive();
		try (EmbeddedStore store = EmbeddedStore.start(this.data, port)) {
			try (MongoClient client = MongoClients.create(store.connectionString())) {
				Document found = collection(client).find(new Document("_id", "210000-rst")).first();
				assertThat(found).isNotNull();
				assertThat(found.getString("name")).isEqualTo("辽宁省人力资源和社会保障厅");
				assertThat(collection(client).countDocuments()).isEqualTo(1);
			}
		}
	}

	@Test
	void aQueryThatFixesAUniqueIndexAndMoreFieldsMatchesAllOfThem() throws Exception {
		try (EmbeddedStore store = EmbeddedStore.start(this.data, 0);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> reports = client.getDatabase("gongkai_210000").getCollection("reports");
			reports.createIndex(Indexes.ascending("agencyId", "year"), new IndexOptions().unique(true));
			reports.insertOne(
					new Document("_id", "r1").append("agencyId", "a").append("year", 2021).append("revision", 1));
			reports.insertOne(
					new Document("_id", "r2").append("agencyId", "a").append("year", 2022).append("revision", 4));

			assertThat(reports
				.updateOne(Filters.and(Filters.eq("_id", "r1"), Filters.eq("revision", 2)), Updates.set("revision", 3))
				.getMatchedCount()).as("stale revision").isZero();
			assertThat(reports
				.updateOne(Filters.and(Filters.eq("_id", "r1"), Filters.eq("revision", 1)), Updates.set("revision", 2))
				.getMatchedCount()).as("current revision").isEqualTo(1);
			assertThat(reports
				.find(Filters.and(Filters.eq("agencyId", "a"), Filters.eq("year", 2022), Filters.gt("revision", 3)))
				.map((found) -> found.getString("_id"))
				.into(new ArrayList<>())).containsExactly("r2");
			assertThat(reports.countDocuments(Filters.and(Filters.eq("_id", "r2"), Filters.eq("year", 2021)))).isZero();
			assertThat(reports.countDocuments(Filters.and(Filters.in("_id", "r1", "r2"), Filters.eq("agencyId", "a"))))
				.isEqualTo(2);
			assertThat(reports.countDocuments(Filters.and(Filters.in("_id", "r1", "r2"), Filters.eq("year", 2022))))
				.isEqualTo(1);
			assertThat(reports.countDocuments(Filters.and(Filters.eq("_id", null), Filters.eq("year", 2022)))).isZero();
			// a field twice: the $and stays as it is
			assertThat(reports.countDocuments(Filters.and(Filters.gt("year", 2020), Filters.lt("year", 2022))))
				.isEqualTo(1);
			assertThat(reports.countDocuments(Filters.and(Filters.eq("agencyId", "a"), Filters.eq("year", 2021))))
				.isEqualTo(1);
			assertThat(reports.find(Filters.eq("_id", "r1")).first().getInteger("revision")).isEqualTo(2);
		}
	}

	@Test
	void aQueryOnAFieldWithANonUniqueIndexFindsExactlyItsDocumentsThroughChangesAndARestart() throws Exception {
		int port;
		try (EmbeddedStore store = EmbeddedStore.start(this.data, 0);
				MongoClient client = MongoClients.create(store.connectionString())) {
			port = store.port();
			MongoCollection<Document> reports = nationalReports(client);
			reports.insertOne(new Document("_id", "early").append("province", "210000").append("year", 2020));
			reports.createIndex(Indexes.ascending("province"));
			reports.insertMany(List.of(new Document("_id", "r1").append("province", "210000").append("year", 2021),
					new Document("_id", "r2").append("province", "370000").append("year", 2021),
					new Document("_id", "r3").append("province", "210000").append("year", 2022),
					new Document("_id", "r4").append("province", List.of("210000", "370000")).append("year", 2021)));
			reports.updateOne(Filters.eq("_id", "r3"), Updates.set("province", "370000"));
			reports.replaceOne(Filters.eq("_id", "r1"),
					new Document("_id", "r1").append("province", "210000").append("year", 2023));
			reports.deleteOne(Filters.eq("_id", "r2"));

			assertThat(ids(reports, Filters.eq("province", "210000"))).containsExactlyInAnyOrder("early", "r1", "r4");
			assertThat(ids(reports, Filters.eq("province", "370000"))).containsExactlyInAnyOrder("r3", "r4");
			assertThat(ids(reports, Filters.in("province", "370000", "650000"))).containsExactlyInAnyOrder("r3", "r4");
			assertThat(ids(reports, Filters.and(Filters.eq("province", "210000"), Filters.gte("year", 2021))))
				.containsExactlyInAnyOrder("r1", "r4");
			assertThat(ids(reports, Filters.eq("province", "650000"))).isEmpty();
		}
		try (EmbeddedStore store = EmbeddedStore.start(this.data, port);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> reports = nationalReports(client);
			assertThat(ids(reports, Filters.eq("province", "210000"))).containsExactlyInAnyOrder("early", "r1", "r4");
			reports.insertOne(new Document("_id", "r5").append("province", "370000").append("year", 2024));
			assertThat(ids(reports, Filters.eq("province", "370000"))).containsExactlyInAnyOrder("r3", "r4", "r5");
		}
	}

	@Test
	void anAggregationStartingWithAMatchOnAnIndexedFieldCountsAndGroupsOnlyThoseDocuments() throws Exception {
		try (EmbeddedStore store = EmbeddedStore.start(this.data, 0);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> reports = nationalReports(client);
			reports.createIndex(Indexes.ascending("province"));
			for (int i = 0; i < 30; i++) {
				reports.insertOne(new Document("_id", "r" + i).append("province", (i % 3 == 0) ? "210000" : "370000")
					.append("year", 2019 + i % 4)
					.append("received", i));
			}

			assertThat(reports.countDocuments(Filters.eq("province", "210000"))).isEqualTo(10);
			assertThat(reports.countDocuments(Filters.and(Filters.eq("province", "370000"), Filters.eq("year", 2020))))
				.as("i = 1, 5, 13, 17, 25, 29")
				.isEqualTo(6);
			assertThat(reports.countDocuments(Filters.eq("province", "650000"))).isZero();
			List<Document> byYear = reports.aggregate(List.of(Aggregates.match(Filters.eq("province", "210000")),
					Aggregates.group("$year", Accumulators.sum("received", "$received")),
					Aggregates.sort(Sorts.ascending("_id"))))
				.into(new ArrayList<>());
			// 210000 holds i = 0, 3, ..., 27: years 2019 + i % 4
			assertThat(byYear).extracting((row) -> row.getInteger("_id"), (row) -> row.getInteger("received"))
				.containsExactly(tuple(2019, 0 + 12 + 24), tuple(2020, 9 + 21), tuple(2021, 6 + 18),
						tuple(2022, 3 + 15 + 27));
			// a match the index does not answer is the library's, with the same result
			assertThat(reports.countDocuments(Filters.gt("received", 25))).isEqualTo(4);
		}
	}

	@Test
	void aCounterIncrementedFromManyConnectionsAtOnceNeverHandsOutANumberTwice() throws Exception {
		try (EmbeddedStore store = EmbeddedStore.start(this.data, 0);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> counters = client.getDatabase("gongkai_370000").getCollection("feed_sequence");
			FindOneAndUpdateOptions options = new FindOneAndUpdateOptions().upsert(true)
				.returnDocument(ReturnDocument.AFTER);
			Set<Long> taken = ConcurrentHashMap.newKeySet();
			AtomicInteger twice = new AtomicInteger();
			ExecutorService threads = Executors.newFixedThreadPool(16);
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 16; t++) {
				done.add(threads.submit(() -> {
					for (int i = 0; i < 200; i++) {
						Document counter;
						try {
							counter = counters.findOneAndUpdate(Filters.eq("_id", "reports"), Updates.inc("value", 1L),
									options);
						}
						catch (MongoCommandException bothInsertedTheCounterFirst) {
							counter = counters.findOneAndUpdate(Filters.eq("_id", "reports"), Updates.inc("value", 1L),
									options);
						}
						if (!taken.add(((Number) counter.get("value")).longValue())) {
							twice.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> thread : done) {
				thread.get();
			}
			threads.shutdown();
			assertThat(twice).as("numbers handed out twice").hasValue(0);
			assertThat(taken).hasSize(16 * 200);
		}
	}

	@Test
	void aDataFileOfThePlainLibraryBackendOpensWithItsData() throws Exception {
		Path file = this.data.resolve("store/gongkai.mv");
		Files.createDirectories(file.getParent());
		H2Backend plain = new H2Backend(file.toString());
		MongoServer server = new MongoServer(plain);
		InetSocketAddress address = server.bind();
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
			collection(client).insertOne(new Document("_id", "210000-rst").append("revision", 5));
		}
		finally {
			server.shutdown();
		}
		try (EmbeddedStore store = EmbeddedStore.start(this.data, 0);
				MongoClient client = MongoClients.create(store.connectionString())) {
			assertThat(collection(client)
				.countDocuments(Filters.and(Filters.eq("_id", "210000-rst"), Filters.eq("revision", 5)))).isEqualTo(1);
			// its unique _id index, rebuilt in the store's own order, still refuses a
			// second
			assertThatThrownBy(() -> collection(client).insertOne(new Document("_id", "210000-rst")))
				.isInstanceOfSatisfying(MongoWriteException.class,
						(refused) -> assertThat(refused.getCode()).isEqualTo(11000));
		}
	}

	@Test
	void uniqueIndexesRefuseASecondDocumentWithTheSameKeyAndFindEveryKeyAfterARestart() throws Exception {
		int port;
		List<Object> ids = List.of("a", "b", 3, 4L, 5.5, "c-" + "x".repeat(200), new Document("n", 1));
		try (EmbeddedStore store = EmbeddedStore.start(this.data, 0);
				MongoClient client = MongoClients.create(store.connectionString())) {
			port = store.port();
			MongoCollection<Document> reports = client.getDatabase("gongkai_210000").getCollection("reports");
			reports.createIndex(Indexes.ascending("agencyId", "year"), new IndexOptions().unique(true));
			for (int i = 0; i < ids.size(); i++) {
				reports.insertOne(new Document("_id", ids.get(i)).append("agencyId", "a" + (i % 2)).append("year", i));
			}
			assertThatThrownBy(() -> reports.insertOne(new Document("_id", 3L)))
				.as("3 and 3L are the same key, as in MongoDB")
				.isInstanceOfSatisfying(MongoWriteException.class,
						(refused) -> assertThat(refused.getCode()).isEqualTo(11000));
			assertThatThrownBy(
					() -> reports.insertOne(new Document("_id", "z").append("agencyId", "a1").append("year", 1)))
				.isInstanceOfSatisfying(MongoWriteException.class,
						(refused) -> assertThat(refused.getCode()).isEqualTo(11000));
		}
		try (EmbeddedStore store = EmbeddedStore.start(this.data, port);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> reports = client.getDatabase("gongkai_210000").getCollection("reports");
			for (Object id : ids) {
				assertThat(reports.find(Filters.eq("_id", id)).first()).as("_id %s", id).isNotNull();
			}
			assertThat(reports.find(Filters.and(Filters.eq("agencyId", "a0"), Filters.eq("year", 4))).first())
				.isNotNull();
			reports.deleteOne(Filters.eq("_id", "b"));
			reports.insertOne(new Document("_id", "b").append("agencyId", "a1").append("year", 1));
			assertThat(reports.countDocuments()).isEqualTo(ids.size());
		}
	}

	@Test
	void itCannotBeReachedFromOtherInterfaces() throws Exception {
		InetAddress external = NetworkInterface.networkInterfaces()
			.filter(EmbeddedStoreTests::isUp)
			.flatMap(NetworkInterface::inetAddresses)
			.filter((address) -> address instanceof Inet4Address && !address.isLoopbackAddress())
			.findFirst()
			.orElse(null);
		assumeTrue(external != null, "this machine has no non-loopback IPv4 address");
		try (EmbeddedStore store = EmbeddedStore.start(this.data, 0)) {
			assertThat(store.connectionString()).isEqualTo("mongodb://127.0.0.1:" + store.port());
			assertThatThrownBy(() -> {
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress(external, store.port()), 2000);
				}
			}).isInstanceOf(IOException.class);
		}
	}

	private static boolean isUp(NetworkInterface network) {
		try {
			return network.isUp();
		}
		catch (SocketException ex) {
			return false;
		}
	}

	private static MongoCollection<Document> nationalReports(MongoClient client) {
		return client.getDatabase("gongkai_analytics").getCollection("analytics_reports");
	}

	private static List<String> ids(MongoCollection<Document> collection, Bson filter) {
		return collection.find(filter).map((found) -> found.getString("_id")).into(new ArrayList<>());
	}

	private static MongoCollection<Document> collection(MongoClient client) {
		return client.getDatabase("gongkai_210000").getCollection("agencies");
	}

}
