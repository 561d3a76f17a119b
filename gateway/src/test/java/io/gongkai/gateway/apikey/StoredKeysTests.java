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
			ApiKeys.IssuedKey issued = keys(store).issue("王研究员", "某大学", "比较各省的公开数据");

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
			ApiKeys.IssuedKey issued = first.issue("李记者", "某报社", "报道");
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

	/** No remembered checks, so the other instance reads the store every time. */
	private static ApiKeys keys(GatewayStore store) {
		return new ApiKeys(new StoredKeys(store), Clock.systemUTC(), Duration.ZERO);
	}

	private static GatewayStore store() {
		return GatewayStore
			.connect(new GatewayStoreProperties(mongo.uri(), "gongkai_gateway", Duration.ofSeconds(10),
					Duration.ofSeconds(5)), Clock.systemUTC())
			.orElseThrow();
	}

}
