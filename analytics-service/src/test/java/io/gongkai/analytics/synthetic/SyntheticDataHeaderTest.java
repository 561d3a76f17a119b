package io.gongkai.analytics.synthetic;

import com.mongodb.client.MongoClient;
import io.gongkai.platform.mongo.test.EmbeddedMongo;
import io.gongkai.platform.security.test.TokenIssuer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "gongkai.analytics.sync.enabled=false")
@AutoConfigureMockMvc
class SyntheticDataHeaderTest {

	static final TokenIssuer tokens = new TokenIssuer();

	static final EmbeddedMongo store = EmbeddedMongo.inMemory();

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoClient mongo;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("gongkai.security.issuer-uri", tokens::issuerUri);
		registry.add("spring.mongodb.uri", store::uri);
	}

	@AfterAll
	static void stop() {
		tokens.close();
		store.close();
	}

	@Test
	void analyticsAnswersSayTheyHoldSyntheticDataOnlyOnceASyntheticNationWasWritten() throws Exception {
		this.mvc.perform(get("/api/analytics/freshness").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(SyntheticDataHeader.HEADER));

		this.mongo.getDatabase("gongkai_analytics")
			.getCollection(SyntheticDataHeader.COLLECTION)
			.insertOne(new Document("_id", "nation").append("agencies", 3200)
				.append("firstYear", 2012)
				.append("lastYear", 2021));

		this.mvc.perform(get("/api/analytics/freshness").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(status().isOk())
			.andExpect(header().string(SyntheticDataHeader.HEADER, "2012-2021"));
	}

}
