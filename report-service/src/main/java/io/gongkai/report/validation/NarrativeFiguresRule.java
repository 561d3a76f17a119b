package io.gongkai.report.validation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gongkai.report.template.Cell;
import io.gongkai.report.template.Column;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Section;
import io.gongkai.report.template.Table;
import io.gongkai.report.template.TableLayout;
import io.gongkai.report.template.TemplateFormat;

/**
 * R7: figures the narrative states must equal the tables. Two statements are read, in
 * every section's text, within one clause (no punctuation between verb and figure):
 * <ul>
 * <li>new requests, "收到/新收…申请…N件", against T3 本年新收 (总计);</li>
 * <li>requests concluded, "办结/办理完毕/作出答复…N件", against T3 办理结果总计 (总计).</li>
 * </ul>
 * A statement is not read when it is a part rather than the whole (the clause names an
 * applicant column or an outcome row of T3, e.g. "收到自然人申请45件"), when it is approximate
 * (约、近、超过、逾 before, 余、多 after the figure), or when it is about another year (上年、去年、同比 or
 * another year's number in the clause). Figures in Chinese numerals are not read. A blank
 * table cell is not compared.
 */
final class NarrativeFiguresRule implements Rule {

	private static final String GAP = "[^。；;，,：:！!？?\\n\\d]";

	private static final String COUNT = "(\\d+)(?:件|个|份|宗)";

	private record Statement(List<String> verbs, Pattern pattern, String cellId, String label, String labelEn) {

		Statement(List<String> verbs, String rest, String cellId, String label, String labelEn) {
			this(verbs, Pattern.compile("(?:" + String.join("|", verbs) + ")" + rest), cellId, label, labelEn);
		}

		/** A cheap test that spares the regular expression on most texts. */
		boolean mayOccurIn(String text) {
			for (String verb : this.verbs) {
				if (text.contains(verb)) {
					return true;
				}
			}
			return false;
		}

	}

	private static final List<Statement> STATEMENTS = List.of(
			new Statement(List.of("收到", "新收"), GAP + "{0,20}?申请" + GAP + "{0,8}?" + COUNT, "t3.new_received.total",
					"T3本年新收政府信息公开申请数量（总计）", "T3 new requests (total)"),
			new Statement(List.of("办结", "办理完毕", "作出答复", "予以答复"), GAP + "{0,12}?" + COUNT, "t3.results.total.total",
					"T3办理结果总计（总计）", "T3 results total (total)"));

	private static final Pattern APPROXIMATE_BEFORE = Pattern.compile("(?:约|近|超过|逾|将近)$");

	private static final Pattern APPROXIMATE_AFTER = Pattern.compile("^[余多]");

	private static final Pattern OTHER_YEAR = Pattern.compile("上年|去年|上一年|前年|同比|(\\d{4})年");

	private static final Pattern CLAUSE_START = Pattern.compile("[。；;，,：:！!？?\\n]");

	private final ReportTemplate template;

	/** Labels naming a part of a T3 total: applicant columns and outcome rows. */
	private final Set<String> partWords = new LinkedHashSet<>();

	NarrativeFiguresRule(ReportTemplate template) {
		this.template = template;
		for (TemplateFormat format : List.of(TemplateFormat.TEMPLATE_2019, TemplateFormat.TEMPLATE_2021)) {
			TableLayout t3 = template.format(format).table(Table.T3);
			STATEMENTS.forEach((statement) -> template.checkCellIds(format, List.of(statement.cellId())));
			for (Column column : t3.leafColumns()) {
				this.partWords.add(column.label());
			}
			for (Cell cell : t3.cells()) {
				if (cell.rowId().startsWith("results.") && !cell.rowId().equals("results.total")) {
					String[] labels = cell.rowLabel().split("·");
					this.partWords.addAll(List.of(labels).subList(1, labels.length));
				}
			}
		}
		this.partWords.add("法人");
		this.partWords.removeAll(Set.of("其他", "总计"));
	}

	@Override
	public void check(ValidationInput input, List<Finding> findings) {
		if (!input.format().hasTables()) {
			return;
		}
		for (Section section : this.template.format(input.format()).sections()) {
			String text = asciiDigits(input.section(section.id()));
			if (text.isEmpty()) {
				continue;
			}
			for (Statement statement : STATEMENTS) {
				OptionalLong table = input.cells().value(statement.cellId());
				if (table.isEmpty() || !statement.mayOccurIn(text)) {
					continue;
				}
				Matcher matcher = statement.pattern().matcher(text);
				while (matcher.find()) {
					if (!isWholeExactFigureOfTheYear(text, matcher, input.year())) {
						continue;
					}
					long stated = Long.parseLong(matcher.group(1));
					if (stated != table.getAsLong()) {
						findings.add(finding(section, statement, matcher.group(), stated, table.getAsLong()));
					}
				}
			}
		}
	}

	private boolean isWholeExactFigureOfTheYear(String text, Matcher matcher, int year) {
		String statement = matcher.group();
		String beforeFigure = text.substring(matcher.start(), matcher.start(1));
		if (this.partWords.stream().anyMatch(statement::contains) || APPROXIMATE_BEFORE.matcher(beforeFigure).find()
				|| APPROXIMATE_AFTER.matcher(text.substring(matcher.end(1))).find()) {
			return false;
		}
		int clauseStart = 0;
		Matcher boundary = CLAUSE_START.matcher(text).region(0, matcher.start());
		while (boundary.find()) {
			clauseStart = boundary.end();
		}
		Matcher otherYear = OTHER_YEAR.matcher(text.substring(clauseStart, matcher.start(1)));
		while (otherYear.find()) {
			if (otherYear.group(1) == null || Integer.parseInt(otherYear.group(1)) != year) {
				return false;
			}
		}
		return true;
	}

	private static Finding finding(Section section, Statement statement, String quoted, long stated, long table) {
		String message = "「" + section.label() + "」写明“" + quoted + "”，但" + statement.label() + "为" + table + "，相差"
				+ Math.abs(stated - table) + "；请使正文与表格一致";
		String messageEn = "Section " + section.label() + " (" + section.id() + ") states “" + quoted + "” (" + stated
				+ "), but " + statement.labelEn() + " is " + table + "; make the text and the table agree";
		return new Finding(RuleId.R7, Severity.WARNING, List.of(statement.cellId()), List.of(), table, stated, message,
				messageEn);
	}

	private static String asciiDigits(String text) {
		StringBuilder ascii = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '０' && c <= '９') {
				if (ascii == null) {
					ascii = new StringBuilder(text);
				}
				ascii.setCharAt(i, (char) ('0' + (c - '０')));
			}
		}
		return (ascii != null) ? ascii.toString() : text;
	}

}
