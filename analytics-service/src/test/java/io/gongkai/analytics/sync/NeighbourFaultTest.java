package io.gongkai.analytics.sync;

import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.gongkai.platform.security.client.ServiceAccountClients;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults of the neighbours (time-outs, connection resets, 5xx, malformed or partial
 * pages, a silent token endpoint): the round stops and says why on the cursor, and once
 * the fault clears the next round goes on from the cursor without skipping a change or
 * doubling a report.
 */
class NeighbourFaultTest extends SyncTestSupport {

	static final String LIAONING = "210000";

	@Autowired
	NationalStore nationalStore;

	@Autowired
	SyncCursors cursors;

	@ParameterizedTest
	@EnumSource(FeedFault.class)
	void aFaultStopsTheRoundWithoutSkippingAChangeOrDoublingAReport(FeedFault fault) {
		registry(LIAONING, agency("210000-gov", LIAONING, "辽宁省人民政府"));
		feedPage(LIAONING, 0, 2, true, entry(1, "r1", "210000-gov", 1, 120), entry(2, "r2", "210000-gov", 1, 7));
		feedAnswers(LIAONING, 2, fault.response.get());

		ProvinceRound failed = this.provinceSync.sync(LIAONING);

		assertThat(failed.completed()).isFalse();
		assertThat(failed.error()).startsWith("report-service feed of 210000 after 2").contains(fault.reason);
		SyncCursor stopped = this.cursors.of(LIAONING);
		assertThat(stopped.after()).isEqualTo(2);
		assertThat(stopped.state()).isEqualTo(SyncCursor.FAILING);
		assertThat(stopped.lastError()).isEqualTo(failed.error());
		assertThat(stopped.reports()).isEqualTo(2);
		assertThat(this.events.provinces()).containsExactly(LIAONING);

		// The fault clears; r2 was amended meanwhile and r3 created.
		feedPage(LIAONING, 2, 4, false, entry(3, "r3", "210000-gov", 1, 9), entry(4, "r2", "210000-gov", 2, 8));
		ProvinceRound resumed = this.provinceSync.sync(LIAONING);

		assertThat(resumed.completed()).isTrue();
		reportService.verify(1, feedRequest(LIAONING, 0));
		assertThat(this.nationalStore.reportsOf(LIAONING)).extracting(SyncedReport::reportId, SyncedReport::seq)
			.containsExactly(Tuple.tuple("r1", 1L), Tuple.tuple("r2", 4L), Tuple.tuple("r3", 3L));
		SyncCursor cursor = this.cursors.of(LIAONING);
		assertThat(cursor.after()).isEqualTo(4);
		assertThat(cursor.state()).isEqualTo(SyncCursor.OK);
		assertThat(cursor.lastError()).isNull();
		assertThat(cursor.reports()).isEqualTo(3);
	}

	@Test
	void aRegistryFailureStopsTheRoundBeforeTheFeed() {
		tenantService.stubFor(WireMock.get(urlPathMatching("/api/tenants/.*")).willReturn(aResponse().withStatus(503)));
		feedPage(LIAONING, 0, 1, false, entry(1, "r1", "210000-gov", 1, 120));

		ProvinceRound round = this.provinceSync.sync(LIAONING);

		assertThat(round.error()).isEqualTo("tenant-service registry of 210000 page 0: answered 503");
		reportService.verify(0, getRequestedFor(urlPathMatching(".*")));
		assertThat(this.cursors.of(LIAONING).state()).isEqualTo(SyncCursor.FAILING);
		assertThat(this.cursors.of(LIAONING).after()).isZero();
	}

	@Test
	void aTokenEndpointThatDoesNotAnswerFailsTheRoundQuickly(@Autowired OAuth2AuthorizedClientService authorizedClients)
			throws Exception {
		authorizedClients.removeAuthorizedClient(ServiceAccountClients.REGISTRATION, "anonymousUser");
		tokenEndpointAnswers(okJson("{\"access_token\":\"late\",\"token_type\":\"Bearer\",\"expires_in\":300}")
			.withFixedDelay(1200));
		registry(LIAONING, agency("210000-gov", LIAONING, "辽宁省人民政府"));

		long started = System.nanoTime();
		ProvinceRound round = this.provinceSync.sync(LIAONING);
		long tookMillis = (System.nanoTime() - started) / 1_000_000;

		assertThat(round.error()).isEqualTo("tenant-service registry of 210000 page 0: no service-account token: "
				+ "the token endpoint gave none within 500 ms");
		assertThat(tookMillis).isLessThan(1000);
		tenantService.verify(0, getRequestedFor(urlPathMatching(".*")));
		// Let the late token answer go out before the next test asks for a token.
		Thread.sleep(Math.max(0, 1300 - tookMillis));
		authorizedClients.removeAuthorizedClient(ServiceAccountClients.REGISTRATION, "anonymousUser");
	}

	/**
	 * What report-service does wrong on the second page.
	 */
	enum FeedFault {

		TIME_OUT(() -> okJson(page(LIAONING, 3, false, entry(3, "r3", "210000-gov", 1, 9))).withFixedDelay(1200),
				"no answer within 500 ms"),

		CONNECTION_RESET(() -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), "connection failed"),

		SERVER_ERROR(() -> aResponse().withStatus(500), "answered 500"),

		TRUNCATED_PAGE(() -> okJson(
				page(LIAONING, 4, false, entry(3, "r3", "210000-gov", 1, 9), entry(4, "r2", "210000-gov", 2, 8))
					.substring(0, 300)),
				"malformed answer: unreadable answer"),

		PAGE_WITHOUT_CURSOR(
				() -> okJson("{\"province\":\"210000\",\"items\":[" + entry(3, "r3", "210000-gov", 1, 9) + "]}"),
				"malformed answer: page without items, next or more"),

		ENTRY_WITHOUT_SEQ(
				() -> okJson(page(LIAONING, 4, false, entry(3, "r3", "210000-gov", 1, 9),
						entry(4, "r2", "210000-gov", 2, 8).replace("\"seq\":4,", ""))),
				"malformed answer: entry after seq 3"),

		NEXT_BEYOND_ITS_ENTRIES(
				() -> okJson(page(LIAONING, 6, false, entry(3, "r3", "210000-gov", 1, 9),
						entry(4, "r2", "210000-gov", 2, 8))),
				"malformed answer: next 6 is not the last entry's seq (4)"),

		NEXT_BEHIND_ITS_ENTRIES(() -> okJson(
				page(LIAONING, 3, false, entry(3, "r3", "210000-gov", 1, 9), entry(4, "r2", "210000-gov", 2, 8))),
				"malformed answer: entry seq 4 out of order");

		private final Supplier<ResponseDefinitionBuilder> response;

		private final String reason;

		FeedFault(Supplier<ResponseDefinitionBuilder> response, String reason) {
			this.response = response;
			this.reason = reason;
		}

	}

}
