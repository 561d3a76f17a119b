package io.gongkai.report.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Table;
import io.gongkai.report.template.TemplateFormat;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules on real figures: three complete reports of one agency that add up, and one
 * broken variant per rule.
 */
class ReportValidatorTest {

	private static final ReportValidator validator = new ReportValidator(ReportTemplate.national());

	private static final List<String> APPLICANTS = List.of("natural_person", "legal_person.commercial",
			"legal_person.research", "legal_person.social_welfare", "legal_person.legal_service", "legal_person.other",
			"total");

	private static final List<String> OUTCOMES_2021 = List.of("results.granted", "results.partial",
			"results.denied.state_secret", "results.denied.other_law", "results.denied.three_safety_one_stability",
			"results.denied.third_party", "results.denied.internal_affairs", "results.denied.process_info",
			"results.denied.enforcement_file", "results.denied.admin_query", "results.unable.not_held",
			"results.unable.need_creation", "results.unable.still_unclear", "results.not_processed.petition",
			"results.not_processed.repeat", "results.not_processed.publication", "results.not_processed.massive_repeat",
			"results.not_processed.confirm_reissue", "results.other.no_correction", "results.other.fee_unpaid",
			"results.other.other");

	private static final List<String> T4_CELLS = ReportTemplate.national()
		.format(TemplateFormat.TEMPLATE_2021)
		.table(Table.T4)
		.cells()
		.stream()
		.map((cell) -> cell.id())
		.toList();

	/** What a test expects of a finding; messages are checked separately. */
	record Expected(RuleId rule, Severity severity, List<String> cells, List<String> blankCells, Long expected,
			Long found) {

		static Expected of(Finding finding) {
			return new Expected(finding.rule(), finding.severity(), finding.cells(), finding.blankCells(),
					finding.expected(), finding.found());
		}

	}

	static Stream<Arguments> completeReports() {
		return Stream.of(
				Arguments
					.of(Named.of("2020, template2019, no previous year", input(() -> SampleReport.of2020().input()))),
				Arguments.of(Named.of("2021, template2021, after 2020",
						input(() -> SampleReport.of2021().input(SampleReport.of2020())))),
				Arguments.of(Named.of("2022, template2021, after 2021",
						input(() -> SampleReport.of2022().input(SampleReport.of2021())))));
	}

	@ParameterizedTest
	@MethodSource("completeReports")
	void aCompleteReportThatAddsUpHasNoFinding(Supplier<ValidationInput> input) {
		assertThat(validator.validate(input.get())).isEmpty();
	}

	static Stream<Arguments> brokenReports() {
		SampleReport y2021 = SampleReport.of2021();
		return Stream.of(
				broken("R1: one more new request from a natural person, in the table and the text",
						() -> y2021.plus("t3.new_received.natural_person", 1)
							.plus("t3.new_received.total", 1)
							.replacingText("s1", "收到政府信息公开申请51件", "收到政府信息公开申请52件")
							.input(),
						error(RuleId.R1, r1Cells("natural_person"), 49L, 48L),
						error(RuleId.R1, r1Cells("total"), 55L, 54L)),
				broken("R2: one more 予以公开 for a natural person, without changing the results total",
						() -> y2021.plus("t3.results.granted.natural_person", 1)
							.plus("t3.results.granted.total", 1)
							.input(),
						error(RuleId.R2, r2Cells("natural_person"), 47L, 46L),
						error(RuleId.R2, r2Cells("total"), 52L, 51L)),
				broken("R3: a natural person's request moved from 部分公开 to 予以公开 but not in the total column",
						() -> y2021.plus("t3.results.granted.natural_person", 1)
							.plus("t3.results.partial.natural_person", -1)
							.input(),
						error(RuleId.R3, r3Cells("results.granted"), 24L, 23L),
						error(RuleId.R3, r3Cells("results.partial"), 5L, 6L)),
				broken("R4: a reconsideration total of 4 over outcomes adding up to 3",
						() -> y2021.with("t4.review.total", 4L).input(),
						error(RuleId.R4,
								List.of("t4.review.maintained", "t4.review.corrected", "t4.review.other",
										"t4.review.pending", "t4.review.total"),
								3L, 4L)),
				broken("R5: last year's report carried 4 requests forward, this year's carries 3 over",
						() -> y2021.input(SampleReport.of2020().with("t3.carried_forward.total", 4L)),
						warning(RuleId.R5, List.of("t3.carried_over.total"), 4L, 3L)),
				broken("R6: 45 normative documents in force after 37 + 4 made − 1 repealed",
						() -> SampleReport.of2022()
							.with("t2.art20_1.normative_docs.in_force", 45L)
							.input(SampleReport.of2021()),
						warning(RuleId.R6,
								List.of("t2.art20_1.normative_docs.made", "t2.art20_1.normative_docs.repealed",
										"t2.art20_1.normative_docs.in_force"),
								40L, 45L)),
				broken("R7: the text says 50 requests received where T3 says 51",
						() -> y2021.replacingText("s1", "收到政府信息公开申请51件", "收到政府信息公开申请50件").input(),
						warning(RuleId.R7, List.of("t3.new_received.total"), 51L, 50L)),
				broken("R7: the text says 49 requests concluded where T3 says 51",
						() -> y2021.replacingText("s1", "共办结51件", "共办结49件").input(),
						warning(RuleId.R7, List.of("t3.results.total.total"), 51L, 49L)),
				broken("YOY: 58 new requests after 8 last year",
						() -> SampleReport.of2022().input(y2021.with("t3.new_received.total", 8L)),
						warning(RuleId.YOY, List.of("t3.new_received.total"), 8L, 58L)),
				broken("YOY: 60 results after 400 last year",
						() -> SampleReport.of2022().input(y2021.with("t3.results.total.total", 400L)),
						warning(RuleId.YOY, List.of("t3.results.total.total"), 400L, 60L)),
				broken("ZERO: every figure of T2 is 0", () -> y2021.withAll("t2.", 0L).input(), warning(RuleId.ZERO,
						List.of("t2.art20_1.rules.made", "t2.art20_1.rules.repealed", "t2.art20_1.rules.in_force",
								"t2.art20_1.normative_docs.made", "t2.art20_1.normative_docs.repealed",
								"t2.art20_1.normative_docs.in_force", "t2.art20_5.licensing.decisions",
								"t2.art20_6.penalty.decisions", "t2.art20_6.coercion.decisions",
								"t2.art20_8.fees.amount_10k_yuan"),
						null, null)),
				broken("SECTION: 五、存在的主要问题及改进情况 left out", () -> y2021.withSection("s5", null).input(),
						warning(RuleId.SECTION, List.of(), null, null)),
				broken("SECTION: T4 left entirely blank is an error (and R4, with nothing reported, is skipped)",
						() -> y2021.withAll("t4.", null).input(), error(RuleId.SECTION, List.of(), null, null)),
				broken("SECTION: T4 left blank and stated to have nothing to report is complete",
						() -> y2021.withAll("t4.", null).input().withNothingToReport(Set.of(Table.T4))),
				broken("SECTION: a table stated to have nothing to report holds figures",
						() -> y2021.input().withNothingToReport(Set.of(Table.T4)),
						error(RuleId.SECTION, T4_CELLS, null, null)),
				broken("SECTION: 2021 section 六 silent on 信息处理费", () -> y2021.withSection("s6", "无其他需要报告的事项。").input(),
						warning(RuleId.SECTION, List.of(), null, null)));
	}

	@ParameterizedTest
	@MethodSource("brokenReports")
	void aBrokenReportYieldsExactlyTheExpectedFindings(Supplier<ValidationInput> input, List<Expected> expected) {
		assertThat(validator.validate(input.get())).map(Expected::of).containsExactlyElementsOf(expected);
	}

	static Stream<Arguments> blankCells() {
		SampleReport y2021 = SampleReport.of2021();
		String researchGranted = "t3.results.granted.legal_person.research";
		String naturalGranted = "t3.results.granted.natural_person";
		String naturalPartial = "t3.results.partial.natural_person";
		return Stream.of(
				broken("a blank where the other figures force 0 is named, not read as 0",
						() -> y2021.with(researchGranted, null).input(),
						blank(RuleId.R2, r2Cells("legal_person.research"), List.of(researchGranted), 0L),
						blank(RuleId.R3, r3Cells("results.granted"), List.of(researchGranted), 0L)),
				broken("a blank where the other figures force 20 is named with the 20 it must hold",
						() -> y2021.with(naturalGranted, null).input(),
						blank(RuleId.R2, r2Cells("natural_person"), List.of(naturalGranted), 20L),
						blank(RuleId.R3, r3Cells("results.granted"), List.of(naturalGranted), 20L)),
				broken("two blanks in one sum cannot be told apart, so no figure is given",
						() -> y2021.with(naturalGranted, null).with(naturalPartial, null).input(),
						blank(RuleId.R2, r2Cells("natural_person"), List.of(naturalGranted, naturalPartial), null),
						blank(RuleId.R3, r3Cells("results.granted"), List.of(naturalGranted), 20L),
						blank(RuleId.R3, r3Cells("results.partial"), List.of(naturalPartial), 5L)),
				broken("a blank that no figure could balance is still an error",
						() -> y2021.with("t4.review.pending", null).with("t4.review.maintained", 4L).input(),
						new Expected(RuleId.R4, Severity.ERROR,
								List.of("t4.review.maintained", "t4.review.corrected", "t4.review.other",
										"t4.review.pending", "t4.review.total"),
								List.of("t4.review.pending"), 5L, 3L)));
	}

	@ParameterizedTest
	@MethodSource("blankCells")
	void blankCellsAreNotReportedFiguresNotZeros(Supplier<ValidationInput> input, List<Expected> expected) {
		assertThat(validator.validate(input.get())).map(Expected::of).containsExactlyElementsOf(expected);
	}

	/**
	 * A Chinese message names cells and figures as the printed table labels them: no id
	 * (t3.…, natural_person, s5), no English word; the English one says the same in
	 * English.
	 */
	@ParameterizedTest
	@MethodSource({ "brokenReports", "blankCells" })
	void everyChineseMessageNamesCellsByThePrintedLabelsAndNeverByTheirIds(Supplier<ValidationInput> input,
			List<Expected> expected) {
		List<Finding> findings = validator.validate(input.get());
		for (Finding finding : findings) {
			assertThat(finding.message()).as(finding.rule() + " " + finding.message())
				.containsPattern("\\p{IsHan}")
				.doesNotContainPattern("[A-Za-z_]{3,}")
				.doesNotContainPattern("\\b[tT][234]\\.[a-z]")
				.doesNotContainPattern("\\bs[1-6]\\b");
			assertThat(finding.messageEn()).as(finding.messageEn()).containsPattern("[A-Za-z]{3,} [a-z]{2,}");
		}
	}

	@Test
	void theMessageSaysWhichFiguresDisagreeAndByHowMuchInBothLanguages() {
		ValidationInput input = SampleReport.of2021()
			.plus("t3.new_received.natural_person", 1)
			.plus("t3.new_received.total", 1)
			.input();

		Finding finding = validator.validate(input).get(0);

		assertThat(finding.message())
			.isEqualTo("T3「自然人」列：本年新收政府信息公开申请数量(46)+上年结转政府信息公开申请数量(3)=49，" + "但本年度办理结果·总计(46)+结转下年度继续办理(2)=48，相差1");
		assertThat(finding.messageEn())
			.isEqualTo("T3 column 自然人 (natural_person): new received (46) + carried over (3) "
					+ "= 49, but results total (46) + carried forward (2) = 48; off by 1");
	}

	@Test
	void aBlankCellsMessageNamesItAndTheFigureItMustHold() {
		ValidationInput input = SampleReport.of2021().with("t3.results.granted.natural_person", null).input();

		Finding finding = validator.validate(input).get(0);

		assertThat(finding.message()).isEqualTo("T3「自然人」列：本年度办理结果·予以公开为空（未填报，不按0计），但本式需要它；按其余数字应为20，请补填");
		assertThat(finding.messageEn()).isEqualTo("T3 column 自然人 (natural_person): results granted blank "
				+ "(not reported, not read as 0), but the equation needs it; the other figures make it 20; fill it in");
	}

	@Test
	void anEmptyNewReportHasNoFindingWhileItIsWrittenAndLacksEverySectionBeforeSubmission() {
		ValidationInput empty = new ValidationInput(TemplateFormat.TEMPLATE_2021, 2021,
				ReportTemplate.national().cellValues(TemplateFormat.TEMPLATE_2021, Map.of()), Map.of());

		assertThat(validator.validateDraft(empty)).isEmpty();
		assertThat(validator.validate(empty)).map(Expected::of)
			.containsExactly(warning(RuleId.SECTION, List.of(), null, null),
					error(RuleId.SECTION, List.of(), null, null), error(RuleId.SECTION, List.of(), null, null),
					error(RuleId.SECTION, List.of(), null, null), warning(RuleId.SECTION, List.of(), null, null),
					warning(RuleId.SECTION, List.of(), null, null));
	}

	@Test
	void aDraftIsToldOfWhatWasWrittenButNotOfSectionsNotWrittenYet() {
		ValidationInput input = SampleReport.of2021()
			.withSection("s5", null)
			.withSection("s6", "无其他需要报告的事项。")
			.with("t3.results.granted.natural_person", null)
			.input();

		assertThat(validator.validateDraft(input)).map(Finding::rule)
			.containsExactly(RuleId.R2, RuleId.R3, RuleId.SECTION);
		assertThat(validator.validateDraft(input).get(2).message()).contains("信息处理费");
		assertThat(validator.validate(input)).map(Finding::message)
			.anyMatch((message) -> message.contains("五、存在的主要问题"));
	}

	@Test
	void aMissingTableIsAnErrorThatNamesTheStatementThatExcusesIt() {
		ValidationInput input = SampleReport.of2021().withAll("t2.", null).input();

		assertThat(validator.validate(input)).singleElement().satisfies((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.message()).contains("二、主动公开政府信息情况").contains("本年度无此项内容");
		});
		assertThat(validator.validate(input.withNothingToReport(Set.of(Table.T2)))).isEmpty();
	}

	@Test
	void aLegacyReportHasNothingToCheck() {
		ValidationInput input = new ValidationInput(TemplateFormat.LEGACY, 2015,
				ReportTemplate.national().cellValues(TemplateFormat.LEGACY, Map.of()),
				Map.of("s1", "本年度收到政府信息公开申请12件。"));

		assertThat(validator.validate(input)).isEmpty();
	}

	private static Supplier<ValidationInput> input(Supplier<ValidationInput> input) {
		return input;
	}

	private static Arguments broken(String name, Supplier<ValidationInput> input, Expected... expected) {
		return Arguments.of(Named.of(name, input), List.of(expected));
	}

	private static Expected error(RuleId rule, List<String> cells, Long expected, Long found) {
		return new Expected(rule, Severity.ERROR, cells, List.of(), expected, found);
	}

	private static Expected warning(RuleId rule, List<String> cells, Long expected, Long found) {
		return new Expected(rule, Severity.WARNING, cells, List.of(), expected, found);
	}

	private static Expected blank(RuleId rule, List<String> cells, List<String> blanks, Long forced) {
		return new Expected(rule, Severity.WARNING, cells, blanks, forced, null);
	}

	private static List<String> r1Cells(String column) {
		return Stream.of("new_received", "carried_over", "results.total", "carried_forward")
			.map((row) -> "t3." + row + "." + column)
			.toList();
	}

	private static List<String> r2Cells(String column) {
		List<String> cells = new ArrayList<>(OUTCOMES_2021.stream().map((row) -> "t3." + row + "." + column).toList());
		cells.add("t3.results.total." + column);
		return cells;
	}

	private static List<String> r3Cells(String row) {
		return APPLICANTS.stream().map((column) -> "t3." + row + "." + column).toList();
	}

}
