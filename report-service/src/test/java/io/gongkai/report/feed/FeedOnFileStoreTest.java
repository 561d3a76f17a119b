package io.gongkai.report.feed;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import io.gongkai.platform.mongo.test.EmbeddedMongo;
import io.gongkai.platform.security.test.LocalServers;
import io.gongkai.platform.security.test.TokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed on the store the service runs on by default (mongo-java-server on an H2 file),
 * not only in memory: the counter, the numbering of old reports and the range read.
 */
@SpringBootTest(properties = "gongkai.feed.settle-time=0s")
@AutoConfigureMockMvc
class FeedOnFileStoreTest {

	@TempDir
	static Path folder;

	static final TokenIssuer tokens = new TokenIssuer();

	static EmbeddedMongo store;

	static final String PROVINCE = "610000";

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoClient client;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		store = EmbeddedMongo.onFile(folder.resolve("store.mv"), LocalServers.freePort());
		registry.add("gongkai.security.issuer-uri", tokens::issuerUri);
		registry.add("spring.mongodb.uri", store::uri);
	}

	@AfterAll
	static void stop() {
		tokens.close();
		store.close();
	}

	@Test
	void changesAreServedInOrderFromTheFileStore() throws Exception {
		String service = tokens.service();
		FeedClient api = new FeedClient(this.mvc).warmedUp(service);
		String reporter = tokens.reporter(PROVINCE, "610100-a");
		String old = api.create(tokens.reporter(PROVINCE, "610100-old"), FeedClient.legacy2015("某县档案局", 7));
		String id = api.create(reporter, FeedClient.complete2021());
		api.update(reporter, id, FeedClient.complete2021With("t2.art20_5.licensing.decisions", 13300));
		api.act(reporter, id, "submit", null);

		JsonNode first = api.page(service, PROVINCE, 0, 1);
		assertThat(first.get("items").findValuesAsString("reportId")).containsExactly(old);
		assertThat(first.get("items").get(0).get("seq").asLong()).isEqualTo(1);
		assertThat(first.get("more").asBoolean()).isTrue();
		first = api.page(service, PROVINCE, first.get("next").asLong(), 1);
		assertThat(first.get("items").findValuesAsString("reportId")).containsExactly(id);
		assertThat(first.get("items").get(0).get("seq").asLong()).isEqualTo(3);
		assertThat(first.get("items").get(0).get("status").asString()).isEqualTo("submitted");
		assertThat(first.get("more").asBoolean()).isFalse();
	}

}
