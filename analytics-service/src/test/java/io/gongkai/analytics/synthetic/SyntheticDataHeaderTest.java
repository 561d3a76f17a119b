package io.gongkai.analytics.synthetic;

import com.mongodb.client.MongoClient;
import io.gongkai.analytics.AnalyticsServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SyntheticDataHeaderTest extends AnalyticsServiceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoClient mongo;

	@Test
	void analyticsAnswersSayTheyHoldSyntheticDataOnlyOnceASyntheticNationWasWritten() throws Exception {
		this.mvc.perform(get("/api/analytics/freshness").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(SyntheticDataHeader.HEADER));

		this.mongo.getDatabase("gongkai_analytics")
			.getCollection(SyntheticData.COLLECTION)
			.insertOne(new Document("_id", "nation").append("agencies", 3200)
				.append("firstYear", 2012)
				.append("lastYear", 2021));

		this.mvc.perform(get("/api/analytics/freshness").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(status().isOk())
			.andExpect(header().string(SyntheticDataHeader.HEADER, "2012-2021"));
	}

}
