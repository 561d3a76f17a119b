package io.gongkai.gateway.apikey;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.gongkai.gateway.store.GatewayStore;
import io.gongkai.gateway.store.GatewayStoreProperties;
import io.gongkai.platform.mongo.test.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keys in the store, as two gateway instances share them: only the key's SHA-256 is
 * kept, the uses both count add up, and a key one instance revokes the other refuses.
 */
class StoredKeysTests {

	@AutoClose
	private static final EmbeddedMongo mongo = EmbeddedMongo.inMemory();

	@Test
	void theStoreHoldsTheKeysDigestNeverTheKey() {
		try (GatewayStore store = store()) {
			ApiKeys.IssuedKey issued = keys(store).issue("王研究员", "某大学", "比较各省的公开数据", "192.0.2.1").orElseThrow();

			try (MongoClient client = MongoClients.create(mongo.uri())) {
				Document stored = client.getDatabase("gongkai_gateway")
					.getCollection(StoredKeys.COLLECTION)
					.find(new Document("_id", issued.stored().id()))
					.first();
				assertThat(stored.getString("hash")).hasSize(64).isEqualTo(ApiKeys.hash(issued.key()));
				assertThat(stored.toJson()).doesNotContain(issued.key().substring(3));
			}
		}
	}

	@Test
	void twoGatewaysCountUsesTogetherAndARevocationByOneIsRefusedByTheOther() {
		try (GatewayStore firstStore = store(); GatewayStore secondStore = store()) {
			ApiKeys first = keys(firstStore);
			ApiKeys second = keys(secondStore);
			ApiKeys.IssuedKey issued = first.issue("李记者", "某报社", "报道", "192.0.2.2").orElseThrow();
			String id = issued.stored().id();
			assertThat(second.check(issued.key())).isEqualTo(ApiKeys.Check.valid(id));

			first.countUse(id);
			first.countUse(id);
			second.countUse(id);
			first.flushUses();
			ApiKey listed = second.all().stream().filter((key) -> key.id().equals(id)).findFirst().orElseThrow();
			assertThat(listed.uses()).isEqualTo(3);
			assertThat(listed.lastUsedAt()).isNotNull();

			first.revoke(id);
			assertThat(second.check(issued.key()).outcome()).isEqualTo(ApiKeys.Outcome.REVOKED);
			assertThat(second.check("gk_never-issued").outcome()).isEqualTo(ApiKeys.Outcome.UNKNOWN);
		}
	}

	@Test
	void oneAddressGetsAsManyKeysADayAsTheLimitWhicheverGatewayItAsks() {
		try (GatewayStore firstStore = store(); GatewayStore secondStore = store()) {
			ApiKeys first = keys(firstStore);
			ApiKeys second = keys(secondStore);
			for (int i = 0; i < LIMIT_PER_ADDRESS; i++) {
				ApiKeys gateway = (i % 2 == 0) ? first : second;
				assertThat(gateway.issue("张同学", "某学院", "论文", "198.51.100.7")).as("key " + (i + 1)).isPresent();
			}

			assertThat(second.issue("张同学", "某学院", "论文", "198.51.100.7")).isEmpty();
			assertThat(first.issue("张同学", "某学院", "论文", "198.51.100.7")).isEmpty();
			assertThat(first.untilAllowed("198.51.100.7")).isGreaterThan(Duration.ofHours(23))
				.isLessThanOrEqualTo(Duration.ofDays(1));
			assertThat(second.issue("赵老师", "另一所大学", "教学", "198.51.100.8")).isPresent();
			assertThat(
					firstStore.database().getCollection(StoredKeys.COLLECTION).find().into(new java.util.ArrayList<>()))
				.allSatisfy((stored) -> assertThat(stored.toJson()).doesNotContain("198.51.100"));
		}
	}

	@Test
	void anAddressMayAskAgainOnceItsOldestKeyOfTheDayIsADayOld() {
		java.util.concurrent.atomic.AtomicReference<java.time.Instant> now = new java.util.concurrent.atomic.AtomicReference<>(
				java.time.Instant.parse("2026-12-01T08:00:00Z"));
		Clock clock = new Clock() {
			@Override
			public java.time.ZoneId getZone() {
				return java.time.ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public java.time.Instant instant() {
				return now.get();
			}
		};
		ApiKeys keys = new ApiKeys(new KeysInMemory(), clock, Duration.ZERO, 2);
		assertThat(keys.issue("甲", "单位", "用途", "203.0.113.5")).isPresent();
		now.set(now.get().plus(Duration.ofHours(6)));
		assertThat(keys.issue("甲", "单位", "用途", "203.0.113.5")).isPresent();
		assertThat(keys.issue("甲", "单位", "用途", "203.0.113.5")).isEmpty();
		assertThat(keys.untilAllowed("203.0.113.5")).isEqualTo(Duration.ofHours(18));

		now.set(now.get().plus(Duration.ofHours(18)));
		assertThat(keys.issue("甲", "单位", "用途", "203.0.113.5")).isPresent();
		assertThat(keys.issue("甲", "单位", "用途", "203.0.113.5")).isEmpty();
	}

	@Test
	void aGatewayWhoseStoreIsDownStartsAndAnswersThatKeysCannotBeCheckedNow() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (GatewayStore unreachable = GatewayStore
			.connect(new GatewayStoreProperties("mongodb://127.0.0.1:" + port, "gongkai_gateway",
					Duration.ofMillis(300), Duration.ofSeconds(5)), Clock.systemUTC())
			.orElseThrow()) {
			ApiKeys keys = keys(unreachable);

			assertThat(keys.check("gk_some-key").outcome()).isEqualTo(ApiKeys.Outcome.UNCHECKED);
		}
	}

	private static final int LIMIT_PER_ADDRESS = 3;

	/** No remembered checks, so the other instance reads the store every time. */
	private static ApiKeys keys(GatewayStore store) {
		return new ApiKeys(new StoredKeys(store), Clock.systemUTC(), Duration.ZERO, LIMIT_PER_ADDRESS);
	}

	private static GatewayStore store() {
		return GatewayStore
			.connect(new GatewayStoreProperties(mongo.uri(), "gongkai_gateway", Duration.ofSeconds(10),
					Duration.ofSeconds(5)), Clock.systemUTC())
			.orElseThrow();
	}

}
