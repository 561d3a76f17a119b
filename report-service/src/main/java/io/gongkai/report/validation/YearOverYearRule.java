package io.gongkai.report.validation;

import java.util.List;
import java.util.OptionalLong;

import io.gongkai.report.template.CellValues;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.TemplateFormat;

/**
 * YOY: a main figure that grew beyond {@value #FACTOR} times last year's, or fell below
 * 1/{@value #FACTOR} of it, is worth a look (a digit typed twice, a table of another
 * year). Small figures swing freely, so a figure is compared only when this year's or
 * last year's reaches {@value #MIN_VOLUME}. Skipped without a previous report or when a
 * figure is blank in either year.
 */
final class YearOverYearRule implements Rule {

	static final int FACTOR = 5;

	static final int MIN_VOLUME = 20;

	private record Figure(List<String> cellIds, String label, String labelEn) {

	}

	private static final List<Figure> FIGURES = List.of(
			new Figure(List.of("t3.new_received.total"), "本年新收政府信息公开申请数量（总计）", "new requests (total)"),
			new Figure(List.of("t3.results.total.total"), "办理结果总计", "results total"),
			new Figure(List.of("t4.review.total"), "行政复议总计", "administrative reconsiderations (total)"),
			new Figure(List.of("t4.litigation.direct.total", "t4.litigation.after_review.total"), "行政诉讼总计（两类起诉之和）",
					"lawsuits (direct and after reconsideration)"));

	YearOverYearRule(ReportTemplate template) {
		for (TemplateFormat format : List.of(TemplateFormat.TEMPLATE_2019, TemplateFormat.TEMPLATE_2021)) {
			FIGURES.forEach((figure) -> template.checkCellIds(format, figure.cellIds()));
		}
	}

	@Override
	public void check(ValidationInput input, List<Finding> findings) {
		if (input.previous() == null) {
			return;
		}
		for (Figure figure : FIGURES) {
			OptionalLong current = sum(input.cells(), figure);
			OptionalLong previous = sum(input.previous().cells(), figure);
			if (current.isEmpty() || previous.isEmpty()) {
				continue;
			}
			long now = current.getAsLong();
			long before = previous.getAsLong();
			if (Math.max(now, before) < MIN_VOLUME) {
				continue;
			}
			if (now > FACTOR * before) {
				findings.add(finding(figure, input, before, now, "增至上年的" + FACTOR + "倍以上",
						"more than " + FACTOR + " times"));
			}
			else if (now * FACTOR < before) {
				findings.add(finding(figure, input, before, now, "降至上年的五分之一以下", "less than a fifth of"));
			}
		}
	}

	private static Finding finding(Figure figure, ValidationInput input, long before, long now, String change,
			String changeEn) {
		String message = figure.label() + "：" + input.year() + "年为" + now + "，" + (input.year() - 1) + "年为" + before
				+ "，" + change + "；请核对是否填错，如属实请在总体情况中说明原因";
		String messageEn = figure.labelEn() + ": " + now + " in " + input.year() + ", " + changeEn + " the " + before
				+ " of " + (input.year() - 1) + "; check for a typing error, or explain the change in section 一、总体情况";
		return new Finding(RuleId.YOY, Severity.WARNING, figure.cellIds(), List.of(), before, now, message, messageEn);
	}

	private static OptionalLong sum(CellValues cells, Figure figure) {
		long total = 0;
		for (String id : figure.cellIds()) {
			OptionalLong value = cells.value(id);
			if (value.isEmpty()) {
				return OptionalLong.empty();
			}
			total += value.getAsLong();
		}
		return OptionalLong.of(total);
	}

}
