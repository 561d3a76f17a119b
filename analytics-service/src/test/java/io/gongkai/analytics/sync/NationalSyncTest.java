package io.gongkai.analytics.sync;

import java.time.Duration;
import java.util.List;

import io.gongkai.analytics.sync.NationalSync.StartedRound;
import io.gongkai.platform.mongo.Leases;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * National rounds over several provinces, the circuit breaker, and the admin endpoints.
 */
class NationalSyncTest extends SyncTestSupport {

	@Autowired
	NationalSync nationalSync;

	@Autowired
	RegistryClient registryClient;

	@Autowired
	SyncCursors cursors;

	@Autowired
	SyncSettings settings;

	@Autowired
	ProvincePopulations populations;

	@Autowired
	ReadModelChanges changes;

	@Autowired
	Leases leases;

	@Autowired
	NationalStore nationalStore;

	@Autowired
	MockMvc mvc;

	@Test
	void aProvinceThatTimesOutDoesNotStopTheOthers() {
		tenants("110000", "210000", "220000");
		for (String province : List.of("110000", "210000", "220000")) {
			registry(province, agency(province + "-gov", province, "政府 " + province));
		}
		feedAnswers("110000", 0,
				okJson(page("110000", 1, false, entry(1, "b1", "110000-gov", 1, 5))).withFixedDelay(1200));
		feedPage("210000", 0, 1, false, entry(1, "l1", "210000-gov", 1, 5));
		feedPage("220000", 0, 2, false, entry(1, "j1", "220000-gov", 1, 5), entry(2, "j2", "220000-gov", 1, 6));

		NationalRound round = this.nationalSync.runRound("test").orElseThrow();

		assertThat(round.provinces()).extracting(ProvinceRound::provinceCode)
			.containsExactly("110000", "210000", "220000");
		assertThat(round.of("110000").error())
			.isEqualTo("report-service feed of 110000 after 0: no answer within 500 ms");
		assertThat(round.of("210000").completed()).isTrue();
		assertThat(round.of("220000").completed()).isTrue();
		assertThat(round.of("220000").took()).isLessThan(round.of("110000").took());
		assertThat(round.reportsApplied()).isEqualTo(3);
		assertThat(this.nationalStore.reportsOf("220000")).hasSize(2);
		assertThat(this.cursors.of("110000").state()).isEqualTo(SyncCursor.FAILING);
		assertThat(this.cursors.of("210000").state()).isEqualTo(SyncCursor.OK);
		assertThat(this.cursors.of("220000").after()).isEqualTo(2);
		assertThat(this.events.provinces()).contains("210000", "220000");
	}

	@Test
	void whileTenantServiceCannotListTheProvincesThoseWithACursorAreStillSynchronised() {
		registry("210000", agency("210000-gov", "210000", "辽宁省人民政府"));
		feedPage("210000", 0, 1, false, entry(1, "l1", "210000-gov", 1, 5));
		this.provinceSync.sync("210000");
		tenantService.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/tenants"))
			.willReturn(aResponse().withStatus(503)));
		feedPage("210000", 1, 2, false, entry(2, "l2", "210000-gov", 1, 6));

		NationalSync restarted = new NationalSync(this.provinceSync, this.registryClient, this.cursors,
				this.populations, this.changes, this.leases, this.settings);
		NationalRound round;
		try {
			round = restarted.runRound("test").orElseThrow();
		}
		finally {
			restarted.destroy();
		}

		assertThat(round.provinces()).extracting(ProvinceRound::provinceCode).containsExactly("210000");
		assertThat(round.of("210000").completed()).isTrue();
		assertThat(this.nationalStore.reportsOf("210000")).hasSize(2);
	}

	@Test
	void theCircuitOpensAfterRepeatedFailuresThenRoundsFailFastUntilItCloses() throws Exception {
		tenants("210000");
		registry("210000", agency("210000-gov", "210000", "辽宁省人民政府"));
		feedAnswers("210000", 0, aResponse().withStatus(500));
		this.nationalSync.runRound("test");
		this.nationalSync.runRound("test");
		reportService.resetRequests();

		long started = System.nanoTime();
		NationalRound failingFast = this.nationalSync.runRound("test").orElseThrow();
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(failingFast.of("210000").error()).isEqualTo(
				"report-service feed of 210000 after 0: circuit breaker open after repeated failures; not called");
		assertThat(took).isLessThan(Duration.ofMillis(250));
		reportService.verify(0, feedRequest("210000", 0));
		assertThat(this.cursors.of("210000").lastError()).contains("circuit breaker open");
		assertThat(failingFast.of("210000").agenciesChanged()).isZero();

		feedPage("210000", 0, 1, false, entry(1, "l1", "210000-gov", 1, 5));
		Thread.sleep(1100);
		NationalRound recovered = this.nationalSync.runRound("test").orElseThrow();

		assertThat(recovered.of("210000").completed()).isTrue();
		assertThat(this.cursors.of("210000").state()).isEqualTo(SyncCursor.OK);
	}

	@Test
	void aRoundKeepsThePopulationsTenantServiceListsAndRebuildsOnlyProvincesWhoseFigureChanged() {
		tenantsWithPopulations("210000", 42591407, "660000", null);
		for (String province : List.of("210000", "660000")) {
			registry(province, agency(province + "-gov", province, "政府 " + province));
			feedPage(province, 0, 0, false);
		}

		this.nationalSync.runRound("test");

		assertThat(collection(ReadModelCollections.PROVINCES).find(new Document("_id", "210000")).first())
			.extracting((document) -> ((Document) document.get("population")).get("residents"))
			.isEqualTo(42591407L);
		assertThat(collection(ReadModelCollections.PROVINCES).find(new Document("_id", "660000")).first())
			.extracting((document) -> document.get("population"))
			.isNull();
		this.events.clear();
		this.nationalSync.runRound("test");
		assertThat(this.events.provinces()).isEmpty();

		tenantsWithPopulations("210000", 42591407, "660000", 3249400);
		this.nationalSync.runRound("test");
		assertThat(this.events.provinces()).containsExactly("660000");
	}

	@Test
	void aRoundAskedForWhileOneRunsGivesTheRunningOne() throws Exception {
		tenantService.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/tenants"))
			.willReturn(okJson("[{\"code\":\"210000\",\"name\":\"辽宁省\",\"tenant\":true}]").withFixedDelay(200)));
		registry("210000", agency("210000-gov", "210000", "辽宁省人民政府"));
		feedPage("210000", 0, 0, false);

		StartedRound first = this.nationalSync.start("admin");
		StartedRound second = this.nationalSync.start("admin");

		assertThat(first.startedNow()).isTrue();
		assertThat(second.startedNow()).isFalse();
		assertThat(second.running().startedAt()).isEqualTo(first.running().startedAt());
		assertThat(this.nationalSync.runRound("schedule")).isEmpty();
		awaitNoRound();
		assertThat(this.nationalSync.lastRound().orElseThrow().trigger()).isEqualTo("admin");
	}

	@Test
	void anAdminStartsARoundAndAnalystsSeeWhereEveryProvinceStands() throws Exception {
		tenants("210000");
		registry("210000", agency("210000-gov", "210000", "辽宁省人民政府"));
		feedPage("210000", 0, 1, false, entry(1, "l1", "210000-gov", 1, 5));

		this.mvc.perform(post("/api/analytics/sync").header("Authorization", "Bearer " + tokens.admin()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.startedNow").value(true))
			.andExpect(jsonPath("$.running.trigger").value("admin"));
		awaitNoRound();

		this.mvc.perform(get("/api/analytics/sync").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scheduled").value(false))
			.andExpect(jsonPath("$.lastRound.completed").value(1))
			.andExpect(jsonPath("$.lastRound.reportsApplied").value(1))
			.andExpect(jsonPath("$.provinces[0].provinceCode").value("210000"))
			.andExpect(jsonPath("$.provinces[0].state").value("ok"))
			.andExpect(jsonPath("$.provinces[0].after").value(1))
			.andExpect(jsonPath("$.provinces[0].reports").value(1))
			.andExpect(jsonPath("$.provinces[0].agencies").value(1));
	}

	@Test
	void onlyThePlatformAdminStartsARoundAndOnlyNationalRolesSeeTheCursors() throws Exception {
		this.mvc.perform(post("/api/analytics/sync").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/analytics/sync")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/analytics/sync").header("Authorization", "Bearer " + tokens.coordinator("210000")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/analytics/sync").header("Authorization", "Bearer " + tokens.admin()))
			.andExpect(status().isOk());
		assertThat(this.nationalSync.running()).isEmpty();
	}

	private void awaitNoRound() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (this.nationalSync.running().isPresent() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.nationalSync.running()).as("the round ended").isEmpty();
	}

}
