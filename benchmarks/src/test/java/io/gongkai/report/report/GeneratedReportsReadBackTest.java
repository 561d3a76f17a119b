package io.gongkai.report.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.LongStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.gongkai.benchmarks.nation.GenerationTotals;
import io.gongkai.benchmarks.nation.NationWriter;
import io.gongkai.benchmarks.nation.ReportDocumentFormat;
import io.gongkai.benchmarks.nation.TenantProvinces.Province;
import io.gongkai.platform.mongo.ProvinceDatabases;
import io.gongkai.platform.mongo.test.EmbeddedMongo;
import io.gongkai.report.template.MetricCatalogue;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.TemplateFormat;
import io.gongkai.report.validation.Finding;
import io.gongkai.report.validation.ReportValidator;
import io.gongkai.report.validation.RuleId;
import io.gongkai.report.validation.Severity;
import io.gongkai.report.validation.ValidationInput;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What keeps the nation generator honest: the reports it writes are read back from the
 * store with report-service's own reading code ({@code ReportDocuments.fromDocument},
 * what {@code ReportStore} reads with), checked against report-service's deadlines,
 * catalogue and template, and validated with its own validator. When report-service
 * changes its stored format, this test fails before a benchmark reads nonsense.
 */
class GeneratedReportsReadBackTest {

	private static final String PROVINCE = "210000";

	private static final ReportTemplate TEMPLATE = ReportTemplate.national();

	private static EmbeddedMongo store;

	private static MongoClient client;

	private static GenerationTotals totals;

	private static List<Document> documents;

	private static List<Report> reports;

	@BeforeAll
	static void writeOneProvince() {
		store = EmbeddedMongo.inMemory();
		client = MongoClients.create(store.uri());
		totals = new GenerationTotals();
		new NationWriter(client, 20261122L, 2012, 2021, TEMPLATE,
				Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC), totals)
			.write(new Province(PROVINCE, "辽宁省"), 400);
		documents = client.getDatabase(ReportDocumentFormat.database(PROVINCE))
			.getCollection(ReportDocumentFormat.COLLECTION)
			.find()
			.into(new ArrayList<>());
		reports = documents.stream().map(ReportDocuments::fromDocument).toList();
	}

	@AfterAll
	static void stop() {
		client.close();
		store.close();
	}

	@Test
	void everyWrittenReportIsReadBackByReportService() {
		assertThat(reports).hasSize((int) totals.reports()).hasSizeGreaterThan(3500);
		assertThat(reports).allSatisfy((report) -> {
			assertThat(report.agencyId()).startsWith("21");
			assertThat(report.format()).isEqualTo(TemplateFormat.forYear(report.year()));
			assertThat(report.deadline()).isEqualTo(Deadlines.dueDate(report.year(), report.kind()));
			assertThat(report.latest().content().agencyName()).isNotBlank();
			assertThat(report.revision()).isPositive();
			assertThat(report.updatedAt()).isAfterOrEqualTo(report.createdAt());
		});
	}

	@Test
	void reportsOfEveryFormatAndStatusAreThereInRealisticShares() {
		Map<String, Long> byFormat = totals.byFormat();
		assertThat(byFormat.get("legacy")).isEqualTo(count((report) -> report.format() == TemplateFormat.LEGACY));
		assertThat(byFormat).containsOnlyKeys("legacy", "template2019", "template2021");
		Map<ReportStatus, Long> byStatus = new HashMap<>();
		reports.forEach((report) -> byStatus.merge(report.status(), 1L, Long::sum));
		assertThat(byStatus).containsOnlyKeys(ReportStatus.values());
		long decided = byStatus.get(ReportStatus.published) + byStatus.get(ReportStatus.accepted);
		assertThat(decided).isGreaterThan(reports.size() * 85L / 100);
		long submitted = count((report) -> report.firstSubmittedOn() != null);
		long late = count((report) -> Boolean.FALSE.equals(report.onTime()));
		assertThat(100.0 * late / submitted).isBetween(6.0, 14.0);
	}

	@Test
	void onlyDecidedReportsHaveAVersionReadersSee() {
		assertThat(reports).allSatisfy((report) -> {
			boolean decided = report.status() == ReportStatus.accepted || report.status() == ReportStatus.published;
			assertThat(report.current().isPresent()).as(report.id()).isEqualTo(decided);
			assertThat(report.onTime() != null).isEqualTo(report.status() != ReportStatus.draft);
			if (report.status() == ReportStatus.published) {
				assertThat(report.latest().publishedAt()).isNotNull();
				assertThat(report.latest().content().publishedOn()).isNotNull();
			}
			if (report.status() == ReportStatus.returned) {
				assertThat(report.latest().comments()).isNotEmpty();
			}
		});
	}

	@Test
	void anAmendedReportShowsTheFiguresOfItsSecondVersion() {
		List<Report> amended = reports.stream().filter((report) -> report.versions().size() == 2).toList();
		assertThat(amended).hasSizeGreaterThan(20);
		assertThat(amended).allSatisfy((report) -> {
			assertThat(report.currentVersion()).isEqualTo(2);
			assertThat(report.version(1).orElseThrow().status()).isEqualTo(ReportStatus.published);
			assertThat(report.current().orElseThrow().status()).isEqualTo(ReportStatus.published);
		});
		assertThat(amended).anySatisfy(
				(report) -> assertThat(report.current().orElseThrow().content().cells().get("t3.new_received.total"))
					.isLessThan(report.version(1).orElseThrow().content().cells().get("t3.new_received.total")));
	}

	@Test
	void legacyFiguresAreCatalogueFigures() {
		List<Report> legacy = reports.stream().filter((report) -> report.format() == TemplateFormat.LEGACY).toList();
		assertThat(legacy).allSatisfy((report) -> {
			assertThat(MetricCatalogue.national().ids()).containsAll(report.latest().content().metrics().keySet());
			assertThat(report.latest().content().metrics().values()).allSatisfy(
					(metric) -> assertThat(MetricCatalogue.national().qualifiers()).contains(metric.qualifier()));
			assertThat(report.latest().content().cells()).isEmpty();
		});
		assertThat(legacy)
			.anySatisfy((report) -> assertThat(report.latest().content().metrics()).containsKeys("requests.received",
					"requests.answered", "review.total", "litigation.total", "proactive.total"));
		assertThat(legacy)
			.anySatisfy((report) -> assertThat(report.latest().content().metrics()).doesNotContainKey("review.total"));
	}

	@Test
	void templateTablesAddUpAndCarryOverFromYearToYearWithAFewBreaks() {
		ReportValidator validator = new ReportValidator(TEMPLATE);
		Map<String, Report> byAgencyAndYear = new HashMap<>();
		reports.forEach((report) -> byAgencyAndYear.put(report.agencyId() + "/" + report.year(), report));
		int checkedAgainstLastYear = 0;
		int carryOverBreaks = 0;
		for (Report report : reports) {
			if (!report.format().hasTables()) {
				continue;
			}
			ValidationInput input = input(report);
			Report previous = byAgencyAndYear.get(report.agencyId() + "/" + (report.year() - 1));
			if (previous != null && previous.format().hasTables()) {
				input = input.withPrevious(input(previous));
				checkedAgainstLastYear++;
			}
			List<Finding> findings = validator.validate(input);
			assertThat(findings).as(report.id())
				.noneMatch((finding) -> List.of(RuleId.R1, RuleId.R2, RuleId.R3, RuleId.R4).contains(finding.rule())
						&& finding.severity() == Severity.ERROR);
			if (findings.stream().anyMatch((finding) -> finding.rule() == RuleId.R5)) {
				carryOverBreaks++;
			}
			assertThat(report.latest().content().cells()).containsKeys("t3.new_received.total", "t3.carried_over.total",
					"t3.results.total.total", "t3.carried_forward.total", "t4.review.total");
		}
		assertThat(checkedAgainstLastYear).isGreaterThan(500);
		assertThat(100.0 * carryOverBreaks / checkedAgainstLastYear).isBetween(1.0, 10.0);
	}

	@Test
	void reportsAreNumberedOneToNInTheProvincesFeed() {
		long[] numbers = documents.stream()
			.mapToLong((document) -> document.get(ReportFeedNumbers.SEQ, Number.class).longValue())
			.sorted()
			.toArray();
		assertThat(numbers).containsExactly(LongStream.rangeClosed(1, documents.size()).toArray());
		assertThat(documents)
			.allSatisfy((document) -> assertThat(document.get(ReportFeedNumbers.AT)).isInstanceOf(Date.class));
		Document counter = client.getDatabase(ReportDocumentFormat.database(PROVINCE))
			.getCollection(ReportFeedNumbers.COUNTERS)
			.find(Filters.eq("_id", ReportFeedNumbers.COUNTER))
			.first();
		assertThat(counter.get(ReportFeedNumbers.LAST_TAKEN, Number.class).longValue()).isEqualTo(documents.size());
	}

	/**
	 * Against report-service's own feed numbering ({@code FeedSequence}), once the
	 * report-service classes this module builds against have it: it reads the numbers the
	 * generator wrote, and its next number follows them.
	 */
	@Test
	void reportServicesFeedReadsTheNumbersAndContinuesAfterThem() {
		Document first = documents.get(0);
		assertThat(FeedSequence.seq(first)).isEqualTo(first.get(ReportFeedNumbers.SEQ, Number.class).longValue());
		assertThat(FeedSequence.at(first)).isEqualTo(first.getDate(ReportFeedNumbers.AT).toInstant());
		FeedSequence sequence = new FeedSequence(new ProvinceDatabases(client), Clock.systemUTC());
		List<Document> recorded = sequence.recordedAfter(PROVINCE, 0, documents.size());
		assertThat(recorded).extracting((change) -> change.get(FeedSequence.REPORT_ID))
			.containsExactlyElementsOf(documents.stream()
				.sorted(Comparator.comparingLong((Document document) -> FeedSequence.seq(document)))
				.map((document) -> document.get("_id"))
				.toList());
		Document taken = sequence.next(PROVINCE, "a-later-change");
		assertThat(taken.get(ReportFeedNumbers.SEQ, Number.class).longValue()).isEqualTo(documents.size() + 1L);
	}

	private static ValidationInput input(Report report) {
		ReportContent content = report.latest().content();
		return new ValidationInput(report.format(), report.year(),
				TEMPLATE.cellValues(report.format(), content.cells()), content.sections());
	}

	private static long count(Predicate<Report> which) {
		return reports.stream().filter(which).count();
	}

}
