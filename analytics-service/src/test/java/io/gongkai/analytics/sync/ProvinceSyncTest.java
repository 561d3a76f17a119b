package io.gongkai.analytics.sync;

import java.time.LocalDate;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.gongkai.platform.security.client.ServiceAccountClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One province's round against WireMock neighbours: what it brings in, how amended and
 * stale entries are applied, and that a crash or a restart resumes from the cursor.
 */
class ProvinceSyncTest extends SyncTestSupport {

	static final String LIAONING = "210000";

	@Autowired
	NationalStore nationalStore;

	@Autowired
	SyncCursors cursors;

	@Test
	void theMandatedSectionsOfATemplateReportAreKeptAndALegacyReportHasNone() {
		registry(LIAONING, agency("210000-gov", LIAONING, "辽宁省人民政府"));
		String withSections = entry(1, "t1", "210000-gov", 1, 12).replace("\"changedAt\"",
				"\"sections\":{\"s1\":true,\"s2\":true,\"s3\":true,\"s4\":true,\"s5\":false,\"s6\":true},"
						+ "\"changedAt\"");
		feedPage(LIAONING, 0, 2, false, withSections, entry(2, "l2", "210000-gov", 1, 7));

		assertThat(this.provinceSync.sync(LIAONING).completed()).isTrue();

		Document template = collection(ReadModelCollections.REPORTS).find(new Document("_id", "t1")).first();
		assertThat(template.get("sections", Document.class)).containsEntry("s5", false)
			.containsEntry("s6", true)
			.hasSize(6);
		Document legacy = collection(ReadModelCollections.REPORTS).find(new Document("_id", "l2")).first();
		assertThat(legacy.get("sections")).isNull();
	}

	@Test
	void aRoundBringsInTheRegistryAndEveryFeedPageAsTheServiceAccount() {
		registry(LIAONING, agency("210000-gov", LIAONING, "辽宁省人民政府"), agency("210000-rst", LIAONING, "辽宁省人社厅"));
		feedPage(LIAONING, 0, 2, true, entry(1, "r1", "210000-gov", 1, 120), entry(2, "r2", "210000-rst", 1, 30));
		feedPage(LIAONING, 2, 3, false, entry(3, "r3", "210000-rst", 2, 31));

		ProvinceRound round = this.provinceSync.sync(LIAONING);

		assertThat(round.completed()).isTrue();
		assertThat(round.pages()).isEqualTo(2);
		assertThat(round.reportsApplied()).isEqualTo(3);
		assertThat(this.nationalStore.reportsOf(LIAONING)).extracting(SyncedReport::reportId)
			.containsExactly("r1", "r2", "r3");
		SyncedReport first = this.nationalStore.reportsOf(LIAONING).get(0);
		assertThat(first.province()).isEqualTo(LIAONING);
		assertThat(first.agencyName()).isEqualTo("机构 210000-gov");
		assertThat(first.year()).isEqualTo(2021);
		assertThat(first.status()).isEqualTo("published");
		assertThat(first.deadline()).isEqualTo(LocalDate.of(2022, 1, 31));
		assertThat(first.firstSubmittedOn()).isEqualTo(LocalDate.of(2022, 1, 20));
		assertThat(first.onTime()).isTrue();
		assertThat(first.figuresVersion()).isEqualTo(1);
		assertThat(first.metrics()).containsEntry("requests.received", new SyncedReport.Metric(120L, "exact"));
		assertThat(first.cells()).containsEntry("t3.new_received.total", 120L);
		assertThat(first.seq()).isEqualTo(1);
		assertThat(first.syncedAt()).isNotNull();
		assertThat(this.nationalStore.agenciesOf(LIAONING)).extracting(SyncedAgency::name)
			.containsExactly("辽宁省人民政府", "辽宁省人社厅");

		SyncCursor cursor = this.cursors.of(LIAONING);
		assertThat(cursor.after()).isEqualTo(3);
		assertThat(cursor.state()).isEqualTo(SyncCursor.OK);
		assertThat(cursor.lastError()).isNull();
		assertThat(cursor.reports()).isEqualTo(3);
		assertThat(cursor.agencies()).isEqualTo(2);
		assertThat(cursor.lastSyncedAt()).isNotNull();
		assertThat(this.events.provinces()).containsExactly(LIAONING);
		reportService.verify(2,
				getRequestedFor(urlPathEqualTo(feedPath(LIAONING)))
					.withHeader("Authorization", equalTo("Bearer service-token"))
					.withQueryParam("limit", equalTo("500")));
		tenantService.verify(getRequestedFor(urlPathEqualTo("/api/tenants/210000/agencies"))
			.withHeader("Authorization", equalTo("Bearer service-token"))
			.withQueryParam("size", equalTo("1000")));
	}

	@Test
	void aRoundWithNothingNewWritesNothingAndAnnouncesNothing() {
		registry(LIAONING, agency("210000-gov", LIAONING, "辽宁省人民政府"));
		feedPage(LIAONING, 0, 1, false, entry(1, "r1", "210000-gov", 1, 120));
		this.provinceSync.sync(LIAONING);
		this.events.clear();
		feedPage(LIAONING, 1, 1, false);

		ProvinceRound round = this.provinceSync.sync(LIAONING);

		assertThat(round.completed()).isTrue();
		assertThat(round.changedReadModel()).isFalse();
		assertThat(this.events.provinces()).isEmpty();
		assertThat(this.cursors.of(LIAONING).after()).isEqualTo(1);
	}

	@Test
	void aDiscardedDraftLeavesTheReadModelInTheNextRound() {
		registry(LIAONING, agency("210000-gov", LIAONING, "辽宁省人民政府"), agency("210000-rst", LIAONING, "辽宁省人社厅"));
		String draft = entry(1, "mistake", "210000-rst", 1, 5).replace("\"status\":\"published\"",
				"\"status\":\"draft\"");
		feedPage(LIAONING, 0, 2, false, draft, entry(2, "kept", "210000-gov", 1, 120));
		this.provinceSync.sync(LIAONING);
		assertThat(this.nationalStore.reportsOf(LIAONING)).extracting(SyncedReport::reportId)
			.containsExactly("kept", "mistake");
		this.events.clear();
		feedPage(LIAONING, 2, 3, false, discarded(3, "mistake", "210000-rst"));

		ProvinceRound round = this.provinceSync.sync(LIAONING);

		assertThat(round.completed()).isTrue();
		assertThat(round.reportsApplied()).isEqualTo(1);
		assertThat(this.nationalStore.reportsOf(LIAONING)).extracting(SyncedReport::reportId).containsExactly("kept");
		assertThat(this.cursors.of(LIAONING).reports()).isEqualTo(1);
		assertThat(this.cursors.of(LIAONING).after()).isEqualTo(3);
		assertThat(this.events.provinces()).containsExactly(LIAONING);

		// the same page again, or a discard of a report never held, changes nothing
		feedPage(LIAONING, 3, 4, false, discarded(4, "never-seen", "210000-gov"));
		this.events.clear();
		assertThat(this.provinceSync.sync(LIAONING).reportsApplied()).isZero();
		assertThat(this.nationalStore.reportsOf(LIAONING)).extracting(SyncedReport::reportId).containsExactly("kept");
	}

	@Test
	void aDiscardInTheSamePageAsTheReportsCreationLeavesNothing() {
		registry(LIAONING, agency("210000-gov", LIAONING, "辽宁省人民政府"));
		feedPage(LIAONING, 0, 2, false, entry(1, "mistake", "210000-gov", 1, 5), discarded(2, "mistake", "210000-gov"));

		this.provinceSync.sync(LIAONING);

		assertThat(this.nationalStore.reportsOf(LIAONING)).isEmpty();
	}

	private static String discarded(long seq, String reportId, String agencyId) {
		return """
				{"seq":%d,"reportId":"%s","agencyId":"%s","agencyName":"机构 %s","year":2021,
				"format":"template2021","status":"discarded","changedAt":"2022-01-26T09:00:00Z"}""".formatted(seq,
				reportId, agencyId, agencyId);
	}

	@Test
	void anAmendedReportReplacesTheEarlierOne() {
		registry(LIAONING, agency("210000-gov", LIAONING, "辽宁省人民政府"));
		feedPage(LIAONING, 0, 1, false, entry(1, "r1", "210000-gov", 1, 120));
		this.provinceSync.sync(LIAONING);
		feedPage(LIAONING, 1, 7, false, entry(7, "r1", "210000-gov", 2, 125));

		this.provinceSync.sync(LIAONING);

		List<SyncedReport> reports = this.nationalStore.reportsOf(LIAONING);
		assertThat(reports).hasSize(1);
		assertThat(reports.get(0).figuresVersion()).isEqualTo(2);
		assertThat(reports.get(0).seq()).isEqualTo(7);
		assertThat(reports.get(0).metrics().get("requests.received").value()).isEqualTo(125L);
		assertThat(this.cursors.of(LIAONING).reports()).isEqualTo(1);
	}

	@Test
	void aStaleEntryDoesNotOverwriteANewerOne() {
		registry(LIAONING, agency("210000-gov", LIAONING, "辽宁省人民政府"));
		feedPage(LIAONING, 0, 5, false, entry(5, "r1", "210000-gov", 2, 125));
		this.provinceSync.sync(LIAONING);
		// Another reader's older page comes in late: report r1 as it was at seq 3.
		moveCursorBackTo(0);
		feedPage(LIAONING, 0, 3, false, entry(3, "r1", "210000-gov", 1, 120));

		ProvinceRound round = this.provinceSync.sync(LIAONING);

		assertThat(round.completed()).isTrue();
		assertThat(round.reportsApplied()).isZero();
		SyncedReport held = this.nationalStore.reportsOf(LIAONING).get(0);
		assertThat(held.seq()).isEqualTo(5);
		assertThat(held.figuresVersion()).isEqualTo(2);
		assertThat(held.metrics().get("requests.received").value()).isEqualTo(125L);
	}

	@Test
	void aCrashBetweenApplyingAPageAndMovingTheCursorOnlyAppliesThePageAgain() {
		registry(LIAONING, agency("210000-gov", LIAONING, "辽宁省人民政府"));
		feedPage(LIAONING, 0, 2, false, entry(1, "r1", "210000-gov", 1, 120), entry(2, "r2", "210000-gov", 1, 7));
		this.provinceSync.sync(LIAONING);
		List<Document> before = collection(ReadModelCollections.REPORTS).find().into(new java.util.ArrayList<>());
		moveCursorBackTo(0);

		ProvinceRound again = this.provinceSync.sync(LIAONING);

		assertThat(again.completed()).isTrue();
		assertThat(again.reportsApplied()).isZero();
		assertThat(collection(ReadModelCollections.REPORTS).find().into(new java.util.ArrayList<>()))
			.containsExactlyInAnyOrderElementsOf(before);
		assertThat(this.cursors.of(LIAONING).after()).isEqualTo(2);
	}

	@Test
	void agenciesGoneFromTheRegistryLeaveTheReadModelAndChangedOnesAreRewritten() {
		registry(LIAONING, agency("210000-gov", LIAONING, "辽宁省人民政府"), agency("210000-ls", LIAONING, "辽宁省劳动和社会保障厅"));
		feedPage(LIAONING, 0, 0, false);
		this.provinceSync.sync(LIAONING);
		registry(LIAONING, agency("210000-gov", LIAONING, "辽宁省人民政府"), agency("210000-rst", LIAONING, "辽宁省人力资源和社会保障厅"));

		ProvinceRound round = this.provinceSync.sync(LIAONING);

		assertThat(round.agenciesChanged()).isEqualTo(2);
		assertThat(this.nationalStore.agenciesOf(LIAONING)).extracting(SyncedAgency::id)
			.containsExactly("210000-gov", "210000-rst");
		assertThat(this.cursors.of(LIAONING).agencies()).isEqualTo(2);
	}

	@Test
	void aRegistryOfSeveralPagesIsReadWhole() {
		String[] agencies = new String[1500];
		for (int i = 0; i < agencies.length; i++) {
			agencies[i] = agency("210000-a%04d".formatted(i), LIAONING, "机构%04d".formatted(i));
		}
		registryPage(0, List.of(agencies).subList(0, 1000), 1500);
		registryPage(1, List.of(agencies).subList(1000, 1500), 1500);
		feedPage(LIAONING, 0, 0, false);

		ProvinceRound round = this.provinceSync.sync(LIAONING);

		assertThat(round.completed()).isTrue();
		assertThat(this.nationalStore.agenciesOf(LIAONING)).hasSize(1500);
		assertThat(this.cursors.of(LIAONING).agencies()).isEqualTo(1500);
	}

	@Test
	void aRestartedSyncResumesFromTheCursor(@Autowired ServiceAccountClients serviceAccount,
			@Autowired AnalyticsNeighbours neighbours, @Autowired SyncSettings settings,
			@Autowired ReadModelChanges changes) {
		registry(LIAONING, agency("210000-gov", LIAONING, "辽宁省人民政府"));
		feedPage(LIAONING, 0, 2, true, entry(1, "r1", "210000-gov", 1, 120), entry(2, "r2", "210000-gov", 1, 7));
		feedAnswers(LIAONING, 2, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		this.provinceSync.sync(LIAONING);
		feedPage(LIAONING, 2, 3, false, entry(3, "r3", "210000-gov", 1, 9));

		ReadModelCollections collections = new ReadModelCollections(this.mongo, "gongkai_analytics");
		ProvinceSync restarted = new ProvinceSync(new RegistryClient(serviceAccount, neighbours),
				new ReportFeedClient(serviceAccount, neighbours, settings), new ReadModelUpdates(collections),
				new SyncCursors(collections), collections, changes, settings);
		ProvinceRound round = restarted.sync(LIAONING);

		assertThat(round.completed()).isTrue();
		assertThat(round.reportsApplied()).isEqualTo(1);
		reportService.verify(1, feedRequest(LIAONING, 0));
		assertThat(this.nationalStore.reportsOf(LIAONING)).hasSize(3);
		assertThat(this.cursors.of(LIAONING).after()).isEqualTo(3);
	}

	private void registryPage(int page, List<String> agencies, int total) {
		tenantService.stubFor(WireMock.get(urlPathEqualTo("/api/tenants/" + LIAONING + "/agencies"))
			.withQueryParam("page", equalTo(Integer.toString(page)))
			.willReturn(okJson("{\"items\":[" + String.join(",", agencies) + "],\"page\":" + page
					+ ",\"size\":1000,\"total\":" + total + "}")));
	}

	private void moveCursorBackTo(long after) {
		collection(ReadModelCollections.CURSORS).updateOne(Filters.eq("_id", LIAONING), Updates.set("after", after));
	}

}
