package io.gongkai.report.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.gongkai.report.ReportServiceTest;
import io.gongkai.report.ReportServiceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two instances of report-service on one store (this test's context and a second one
 * started beside it), as behind a gateway that spreads requests over them: an idempotency
 * key, an ETag and the feed numbers mean the same through either.
 */
@SpringBootTest(properties = "gongkai.feed.settle-time=0s")
class SeveralInstancesTest extends ReportServiceTest {

	static ConfigurableApplicationContext other;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void startTheOtherInstance() {
		other = new SpringApplicationBuilder(ReportServiceApplication.class).run("--server.port=0",
				"--gongkai.feed.settle-time=0s", "--gongkai.security.issuer-uri=" + tokens.issuerUri(),
				"--spring.mongodb.uri=" + store.uri(), "--gongkai.services.tenant-uri=" + tenantService.baseUrl());
	}

	@AfterAll
	static void stop() {
		other.close();
	}

	@Test
	void theSameIdempotencyKeyThroughEitherInstanceMakesOneReport() throws Exception {
		String reporter = tokens.reporter("320000", "320100-a");
		FeedClient here = new FeedClient(this.mvc).warmedUp(reporter);
		FeedClient there = new FeedClient(otherMvc()).warmedUp(reporter);

		String first = FeedClient.body(create(here, reporter, "create-2021").andExpect(status().isCreated()))
			.get("id")
			.asString();
		String again = FeedClient
			.body(create(there, reporter, "create-2021").andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "true")))
			.get("id")
			.asString();

		assertThat(again).isEqualTo(first);
		JsonNode listed = FeedClient.body(there.mvc()
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/reports")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + reporter)));
		assertThat(listed.findValuesAsString("id")).containsExactly(first);
	}

	@Test
	void anETagReadThroughOneInstanceIsHonouredThroughTheOther() throws Exception {
		String reporter = tokens.reporter("330000", "330100-a");
		FeedClient here = new FeedClient(this.mvc).warmedUp(reporter);
		FeedClient there = new FeedClient(otherMvc()).warmedUp(reporter);
		String id = here.create(reporter, FeedClient.complete2021());
		String etag = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/reports/" + id)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + reporter))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);

		there.mvc()
			.perform(put("/api/reports/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + reporter)
				.header(HttpHeaders.IF_MATCH, etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content(FeedClient.complete2021With("t2.art20_5.licensing.decisions", 13300).toString()))
			.andExpect(status().isOk());
		this.mvc
			.perform(put("/api/reports/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + reporter)
				.header(HttpHeaders.IF_MATCH, etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content(FeedClient.complete2021With("t2.art20_5.licensing.decisions", 13400).toString()))
			.andExpect(status().isPreconditionFailed());
		assertThat(there.report(reporter, id).get("cells").get("t2.art20_5.licensing.decisions").asLong())
			.isEqualTo(13300);
	}

	@Test
	void changesMadeAtOnceThroughBothInstancesGetUniqueGapFreeFeedNumbers() throws Exception {
		String service = tokens.service();
		FeedClient here = new FeedClient(this.mvc).warmedUp(service);
		FeedClient there = new FeedClient(otherMvc()).warmedUp(service);
		int agencies = 12;
		ExecutorService threads = Executors.newFixedThreadPool(4);
		List<Future<String>> made = new ArrayList<>();
		for (int agency = 0; agency < agencies; agency++) {
			FeedClient through = (agency % 2 == 0) ? here : there;
			String reporter = tokens.reporter("350000", "350100-" + agency);
			made.add(threads.submit(() -> {
				String id = through.create(reporter, FeedClient.legacy2015("某县人民政府办公室", 3));
				through.act(reporter, id, "submit", null);
				return id;
			}));
		}
		for (Future<String> report : made) {
			report.get(120, TimeUnit.SECONDS);
		}
		threads.shutdown();

		// the feed lists each report once, under the number of its last change (its
		// submission); 24 changes took the numbers 1 to 24, none given twice
		JsonNode page = there.page(service, "350000", 0, 100);
		List<Long> numbers = new ArrayList<>();
		page.get("items").forEach((item) -> numbers.add(item.get("seq").asLong()));
		assertThat(numbers).hasSize(agencies).doesNotHaveDuplicates().isSorted();
		assertThat(numbers.get(agencies - 1)).isEqualTo(2L * agencies);
		assertThat(page.get("items").findValuesAsString("status")).containsOnly("submitted");
		assertThat(here.page(service, "350000", 0, 100)).isEqualTo(page);
	}

	private static org.springframework.test.web.servlet.ResultActions create(FeedClient through, String reporter,
			String key) throws Exception {
		return through.mvc()
			.perform(post("/api/reports").header(HttpHeaders.AUTHORIZATION, "Bearer " + reporter)
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(FeedClient.complete2021().toString()));
	}

	private static MockMvc otherMvc() {
		return MockMvcBuilders.webAppContextSetup((WebApplicationContext) other).apply(springSecurity()).build();
	}

}
