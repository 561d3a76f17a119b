package io.gongkai.store;

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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoNamespace;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonJavaScript;
import org.bson.BsonMaxKey;
import org.bson.BsonMinKey;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonRegularExpression;
import org.bson.BsonString;
import org.bson.BsonTimestamp;
import org.bson.BsonType;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
	void theDatabasesAreListedWhileCollectionsAreCreated() throws Exception {
		try (EmbeddedStore store = EmbeddedStore.start(this.data, 0);
				MongoClient writer = MongoClients.create(store.connectionString());
				MongoClient lister = MongoClients.create(store.connectionString())) {
			ExecutorService threads = Executors.newSingleThreadExecutor();
			try {
				Future<?> creating = threads.submit(() -> {
					for (int collection = 0; collection < 300; collection++) {
						writer.getDatabase("gongkai_440000")
							.getCollection("batches_" + collection)
							.insertOne(new Document("_id", collection));
					}
				});
				Set<String> listed = new TreeSet<>();
				while (!creating.isDone()) {
					lister.listDatabaseNames().into(listed);
				}
				creating.get();
				assertThat(listed).contains("gongkai_440000");
				assertThat(writer.getDatabase("gongkai_440000").listCollectionNames().into(new ArrayList<>()))
					.hasSize(300);
			}
			finally {
				threads.shutdownNow();
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

	/**
	 * On an index of that field alone, and on a compound index starting with it, which
	 * answers for its first field as MongoDB uses an index's prefix.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "province", "province,year" })
	void aQueryOnAFieldWithANonUniqueIndexFindsExactlyItsDocumentsThroughChangesAndARestart(String indexFields)
			throws Exception {
		int port;
		try (EmbeddedStore store = EmbeddedStore.start(this.data, 0);
				MongoClient client = MongoClients.create(store.connectionString())) {
			port = store.port();
			MongoCollection<Document> reports = nationalReports(client);
			reports.insertOne(new Document("_id", "early").append("province", "210000").append("year", 2020));
			reports.createIndex(Indexes.ascending(indexFields.split(",")));
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
	void aDataFileOfThePlainLibraryBackendIsRefusedWithTheReasonAndLeftAsItWas() throws Exception {
		Path file = this.data.resolve("store/gongkai.mv");
		Files.createDirectories(file.getParent());
		MongoServer server = new MongoServer(new H2Backend(file.toString()));
		InetSocketAddress address = server.bind();
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
			collection(client).insertOne(new Document("_id", "210000-rst"));
		}
		finally {
			server.shutdown();
		}
		Set<String> written = mapNames(file);

		assertThatThrownBy(() -> EmbeddedStore.start(this.data, 0)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining(file.toAbsolutePath().toString())
			.hasMessageContaining("earlier version")
			.hasMessageContaining("GONGKAI_DATA_DIR");
		assertThat(mapNames(file)).as("the file is left as it was").isEqualTo(written);
		try (EmbeddedStore store = EmbeddedStore.start(this.data.resolve("another"), 0)) {
			assertThat(store.port()).isPositive();
		}
	}

	@Test
	void everyBsonTypeComesBackAsItWasWrittenAfterARestart() throws Exception {
		BsonDocument written = everyType("all-types");
		int port;
		try (EmbeddedStore store = EmbeddedStore.start(this.data, 0);
				MongoClient client = MongoClients.create(store.connectionString())) {
			port = store.port();
			bsonCollection(client).insertOne(written);
			assertThat(bsonCollection(client).find(Filters.eq("_id", "all-types")).first()).isEqualTo(written);
		}
		try (EmbeddedStore store = EmbeddedStore.start(this.data, port);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<BsonDocument> collection = bsonCollection(client);
			assertThat(collection.find(Filters.eq("_id", "all-types")).first()).isEqualTo(written);
			assertThat(collection.countDocuments(Filters.eq("nested.cells.c2", 14L))).isEqualTo(1);
			assertThat(collection.countDocuments(Filters.type("int64", BsonType.INT64))).isEqualTo(1);
			assertThat(collection.countDocuments(Filters.type("int32", BsonType.INT32))).isEqualTo(1);
			collection.updateOne(Filters.eq("_id", "all-types"), Updates.inc("int32", 1));
		}
		try (EmbeddedStore store = EmbeddedStore.start(this.data, port);
				MongoClient client = MongoClients.create(store.connectionString())) {
			written.put("int32", new BsonInt32(8));
			assertThat(bsonCollection(client).find(Filters.eq("_id", "all-types")).first()).isEqualTo(written);
		}
	}

	@Test
	void aDroppedCollectionStaysDroppedAndARenamedOneKeepsItsDocumentsAndIndexesAfterARestart() throws Exception {
		int port;
		try (EmbeddedStore store = EmbeddedStore.start(this.data, 0);
				MongoClient client = MongoClients.create(store.connectionString())) {
			port = store.port();
			MongoDatabase database = client.getDatabase("gongkai_210000");
			database.getCollection("drafts").insertOne(new Document("_id", "d1"));
			MongoCollection<Document> reports = database.getCollection("reports");
			reports.createIndex(Indexes.ascending("agencyId", "year"), new IndexOptions().unique(true));
			reports.createIndex(Indexes.ascending("province"));
			reports.insertMany(List.of(report("r1", "a", 2021), report("r2", "a", 2022), report("r3", "b", 2021)));

			database.getCollection("drafts").drop();
			reports.renameCollection(new MongoNamespace("gongkai_210000", "reports_2021"));
			assertThat(database.listCollectionNames().into(new ArrayList<>())).containsExactly("reports_2021");
		}
		for (int start = 0; start < 2; start++) {
			try (EmbeddedStore store = EmbeddedStore.start(this.data, port);
					MongoClient client = MongoClients.create(store.connectionString())) {
				MongoDatabase database = client.getDatabase("gongkai_210000");
				assertThat(database.listCollectionNames().into(new ArrayList<>())).as("start %d", start)
					.containsExactly("reports_2021");
				assertThat(database.getCollection("drafts").countDocuments()).isZero();
				MongoCollection<Document> renamed = database.getCollection("reports_2021");
				assertThat(ids(renamed, Filters.eq("province", "210000"))).containsExactlyInAnyOrder("r1", "r2");
				assertThat(ids(renamed, Filters.and(Filters.eq("agencyId", "a"), Filters.eq("year", 2022))))
					.containsExactly("r2");
				assertThat(renamed.listIndexes().map((index) -> index.getString("name")).into(new ArrayList<>()))
					.containsExactlyInAnyOrder("_id_", "agencyId_1_year_1", "province_1");
				assertThatThrownBy(() -> renamed.insertOne(report("r4", "b", 2021))).isInstanceOfSatisfying(
						MongoWriteException.class, (refused) -> assertThat(refused.getCode()).isEqualTo(11000));
			}
		}
		try (EmbeddedStore store = EmbeddedStore.start(this.data, port);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> again = client.getDatabase("gongkai_210000").getCollection("reports");
			// the old name starts empty: no documents nor index keys left under it
			assertThat(again.countDocuments()).isZero();
			again.insertOne(report("r1", "a", 2021));
			assertThat(again.countDocuments()).isEqualTo(1);
		}
	}

	@Test
	void databasesAndCollectionsAreListedTheSameAfterARestartWithoutADroppedDatabase() throws Exception {
		int port;
		Listing written;
		try (EmbeddedStore store = EmbeddedStore.start(this.data, 0);
				MongoClient client = MongoClients.create(store.connectionString())) {
			port = store.port();
			collection(client).insertOne(new Document("_id", "210000-rst"));
			client.getDatabase("gongkai_210000").getCollection("reports.archive").insertOne(new Document("_id", "r"));
			client.getDatabase("gongkai_370000").createCollection("reports");
			nationalReports(client).insertOne(new Document("_id", "r1"));
			client.getDatabase("gongkai_650000").getCollection("reports").insertOne(new Document("_id", "r1"));
			client.getDatabase("gongkai_650000").drop();
			written = Listing.of(client);
		}
		assertThat(written.databases()).contains("gongkai_210000", "gongkai_370000", "gongkai_analytics")
			.doesNotContain("gongkai_650000");
		assertThat(written.collections().get("gongkai_210000")).containsExactlyInAnyOrder("agencies",
				"reports.archive");
		assertThat(written.collections().get("gongkai_370000")).containsExactly("reports");
		for (int start = 0; start < 2; start++) {
			try (EmbeddedStore store = EmbeddedStore.start(this.data, port);
					MongoClient client = MongoClients.create(store.connectionString())) {
				assertThat(Listing.of(client)).as("start %d", start).isEqualTo(written);
				assertThat(client.getDatabase("gongkai_210000").getCollection("reports.archive").countDocuments())
					.isEqualTo(1);
			}
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
			reports.insertOne(new Document("_id", "without-agency"));
		}
		try (EmbeddedStore store = EmbeddedStore.start(this.data, port);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> reports = client.getDatabase("gongkai_210000").getCollection("reports");
			for (Object id : ids) {
				assertThat(reports.find(Filters.eq("_id", id)).first()).as("_id %s", id).isNotNull();
			}
			assertThat(reports.find(Filters.and(Filters.eq("agencyId", "a0"), Filters.eq("year", 4))).first())
				.isNotNull();
			assertThat(reports.find(Filters.and(Filters.eq("agencyId", null), Filters.eq("year", null))).first())
				.extracting((found) -> found.get("_id"))
				.isEqualTo("without-agency");
			assertThat(
					reports.find(Filters.in("_id", List.of("a", 3.0, "missing", 4))).map((found) -> found.get("_id")))
				.as("an $in of ids, values compared as MongoDB compares them")
				.containsExactlyInAnyOrder("a", 3, 4L);
			reports.deleteOne(Filters.eq("_id", "b"));
			reports.insertOne(new Document("_id", "b").append("agencyId", "a1").append("year", 1));
			assertThat(reports.countDocuments()).isEqualTo(ids.size() + 1);
		}
	}

	@Test
	void aProjectionLeavingOutFieldsStillMatchesOnThemAndLeavesTheStoredDocumentsWhole() throws Exception {
		try (EmbeddedStore store = EmbeddedStore.start(this.data, 0);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> reports = collection(client);
			Document pending = new Document("_id", "r1").append("status", "submitted")
				.append("pendingAudit", new Document("action", "submit"))
				.append("versions", List.of(new Document("number", 1)));
			Document settled = new Document("_id", "r2").append("status", "draft")
				.append("versions", List.of(new Document("number", 1)));
			reports.insertMany(List.of(pending, settled));

			assertThat(reports.find(Filters.exists("pendingAudit"))
				.projection(Projections.exclude("pendingAudit", "versions"))
				.into(new ArrayList<>())).containsExactly(new Document("_id", "r1").append("status", "submitted"));
			assertThat(reports.find(Filters.in("_id", "r1", "r2"))
				.projection(Projections.exclude("pendingAudit"))
				.sort(Sorts.descending("_id"))
				.into(new ArrayList<>()))
				.containsExactly(settled, new Document("_id", "r1").append("status", "submitted")
					.append("versions", List.of(new Document("number", 1))));
			assertThat(reports.find(Filters.eq("_id", "r1")).projection(Projections.include("status")).first())
				.isEqualTo(new Document("_id", "r1").append("status", "submitted"));
			assertThat(reports.find().sort(Sorts.ascending("_id")).into(new ArrayList<>())).containsExactly(pending,
					settled);
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

	/** A document with a value of every type a client can store. */
	private static BsonDocument everyType(String id) {
		byte[] legacyUuid = new byte[16];
		for (int i = 0; i < legacyUuid.length; i++) {
			legacyUuid[i] = (byte) (i * 17);
		}
		BsonDocument cells = new BsonDocument();
		for (int i = 0; i < 300; i++) {
			cells.append("c" + i, new BsonInt32(i * 7));
		}
		return new BsonDocument("_id", new BsonString(id)).append("province", new BsonString("210000"))
			.append("code", new BsonInt32(1))
			.append("string", new BsonString("辽宁省人力资源和社会保障厅 \t\"quoted\""))
			.append("empty", new BsonString(""))
			.append("int32", new BsonInt32(7))
			.append("int32Min", new BsonInt32(Integer.MIN_VALUE))
			.append("int64", new BsonInt64(7L))
			.append("int64Max", new BsonInt64(Long.MAX_VALUE))
			.append("double", new BsonDouble(7.0))
			.append("negativeZero", new BsonDouble(-0.0))
			.append("notANumber", new BsonDouble(Double.NaN))
			.append("infinity", new BsonDouble(Double.NEGATIVE_INFINITY))
			.append("decimal", new BsonDecimal128(Decimal128.parse("1234.5600")))
			.append("decimalNegativeZero", new BsonDecimal128(Decimal128.NEGATIVE_ZERO))
			.append("date", new BsonDateTime(1_700_000_000_123L))
			.append("dateBefore1970", new BsonDateTime(-86_400_001L))
			.append("objectId", new BsonObjectId(new ObjectId("65a1b2c3d4e5f60718293a4b")))
			.append("binary", new BsonBinary(new byte[] { 0, 1, 2, (byte) 255 }))
			.append("emptyBinary", new BsonBinary(new byte[0]))
			.append("uuid", new BsonBinary(UUID.fromString("0b9e3c1a-5d2f-4c6e-9a8b-7f6e5d4c3b2a")))
			.append("legacyUuid", new BsonBinary(BsonBinarySubType.UUID_LEGACY, legacyUuid))
			.append("true", BsonBoolean.TRUE)
			.append("false", BsonBoolean.FALSE)
			.append("null", BsonNull.VALUE)
			.append("timestamp", new BsonTimestamp(1_700_000_000, 3))
			.append("regex", new BsonRegularExpression("^21\\d{4}$", "i"))
			.append("javaScript", new BsonJavaScript("function () { return 1; }"))
			.append("minKey", new BsonMinKey())
			.append("maxKey", new BsonMaxKey())
			.append("nested", new BsonDocument("cells", cells).append("empty", new BsonDocument()))
			.append("metrics",
					new BsonDocument("staff",
							new BsonDocument("value", new BsonInt32(12)).append("qualifier", BsonNull.VALUE)))
			.append("array", new BsonArray(List.of(new BsonInt32(1), new BsonString("two"), new BsonInt64(3L),
					new BsonDocument("value", new BsonInt32(4)).append("qualifier", BsonNull.VALUE), BsonNull.VALUE,
					new BsonArray(List.of(new BsonDouble(5.5), new BsonArray())), new BsonArray())));
	}

	private static Document report(String id, String agencyId, int year) {
		return new Document("_id", id).append("agencyId", agencyId)
			.append("year", year)
			.append("province", "a".equals(agencyId) ? "210000" : "370000");
	}

	/** The names of the maps in a store file that no store has open. */
	private static Set<String> mapNames(Path file) {
		MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
		try {
			return new TreeSet<>(store.getMapNames());
		}
		finally {
			store.close();
		}
	}

	private static MongoCollection<BsonDocument> bsonCollection(MongoClient client) {
		return collection(client).withDocumentClass(BsonDocument.class);
	}

	/** The databases a client sees, and the collections of each. */
	private record Listing(Set<String> databases, Map<String, Set<String>> collections) {

		static Listing of(MongoClient client) {
			Set<String> databases = client.listDatabaseNames().into(new TreeSet<>());
			Map<String, Set<String>> collections = new TreeMap<>();
			for (String database : databases) {
				collections.put(database, client.getDatabase(database).listCollectionNames().into(new TreeSet<>()));
			}
			return new Listing(databases, collections);
		}

	}

}
