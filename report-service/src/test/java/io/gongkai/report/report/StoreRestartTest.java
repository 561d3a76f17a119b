package io.gongkai.report.report;

import java.nio.file.Path;

import io.gongkai.platform.mongo.test.EmbeddedMongo;
import io.gongkai.platform.security.test.LocalServers;
import io.gongkai.platform.security.test.TokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A report written before the store restarts is there after it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StoreRestartTest {

	@TempDir
	static Path folder;

	static final TokenIssuer tokens = new TokenIssuer();

	static final int port = LocalServers.freePort();

	static EmbeddedMongo store;

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		store = EmbeddedMongo.onFile(folder.resolve("store.mv"), port);
		registry.add("gongkai.security.issuer-uri", tokens::issuerUri);
		registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + port);
	}

	@AfterAll
	static void stop() {
		tokens.close();
		store.close();
	}

	@Test
	void aReportSurvivesARestartOfTheStore() throws Exception {
		String reporter = tokens.reporter("530000", "530100-keep");
		String location = this.mvc
			.perform(post("/api/reports").header("Authorization", "Bearer " + reporter)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\":2015,\"format\":\"legacy\",\"agencyName\":\"昆明市某局\","
						+ "\"metrics\":{\"requests.received\":{\"value\":41}}}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");

		store.close();
		store = EmbeddedMongo.onFile(folder.resolve("store.mv"), port);

		this.mvc.perform(get(location).header("Authorization", "Bearer " + reporter))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.metrics['requests.received'].value").value(41));
	}

}
