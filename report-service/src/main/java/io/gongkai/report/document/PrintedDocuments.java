package io.gongkai.report.document;

import java.util.ArrayList;
import java.util.List;

import io.gongkai.report.document.PrintedDocument.Block;
import io.gongkai.report.document.PrintedDocument.Grid;
import io.gongkai.report.document.PrintedDocument.Heading;
import io.gongkai.report.document.PrintedDocument.Paragraph;
import io.gongkai.report.report.Report;
import io.gongkai.report.report.ReportContent;
import io.gongkai.report.report.ReportStatus;
import io.gongkai.report.report.ReportVersion;
import io.gongkai.report.template.FormatTemplate;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Section;
import io.gongkai.report.template.Table;

/**
 * Lays a report version out as the published document: the title, then for a template
 * report the six sections with their headings and T2, T3, T4 under theirs; for a legacy
 * report its narrative and a table of its catalogue figures.
 */
final class PrintedDocuments {

	/**
	 * Printed where a table would be, when the agency states it had nothing to report in
	 * it.
	 */
	static final String NOTHING_TO_REPORT = "本年度无此项内容。";

	private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");

	private PrintedDocuments() {
	}

	static PrintedDocument of(Report report, ReportVersion version) {
		ReportContent content = version.content();
		String title = content.agencyName() + report.year() + "年政府信息公开工作年度报告";
		List<Block> blocks = new ArrayList<>();
		if (report.format().hasTables()) {
			FormatTemplate template = ReportTemplate.national().format(report.format());
			for (Section section : template.sections()) {
				blocks.add(new Heading(section.label()));
				paragraphs(content.sections().get(section.id()), blocks);
				if (!section.isText()) {
					blocks.add(content.nothingToReport().contains(section.table()) ? new Paragraph(NOTHING_TO_REPORT)
							: grid(template, section.table(), content));
				}
			}
		}
		else {
			paragraphs((content.narrative() != null) ? content.narrative() : content.originalText(), blocks);
			Grid figures = LegacyFigures.of(content.metrics());
			if (figures != null) {
				blocks.add(new Heading("附：主要数据"));
				blocks.add(figures);
			}
		}
		return new PrintedDocument(title, content.agencyName(), content.publishedOn(), draftNotice(version), blocks);
	}

	private static Grid grid(FormatTemplate template, Table table, ReportContent content) {
		return switch (table) {
			case T2 -> TableGrids.t2(template.table(Table.T2), template.format(), content.cells());
			case T3 -> TableGrids.t3(template.table(Table.T3), content.cells());
			case T4 -> TableGrids.t4(template.table(Table.T4), content.cells());
		};
	}

	private static void paragraphs(String text, List<Block> blocks) {
		if (text == null) {
			return;
		}
		for (String line : text.split(LINE_BREAK.pattern())) {
			String paragraph = line.strip();
			if (!paragraph.isEmpty()) {
				blocks.add(new Paragraph(paragraph));
			}
		}
	}

	/**
	 * Where a span of a legacy report's original text is printed: a piece per paragraph
	 * it touches, the paragraph numbered as {@link HtmlRendering} numbers them and the
	 * offsets within its printed (stripped) text. Empty when the document does not print
	 * the original text (a template report, or a legacy one with a narrative of its own).
	 */
	static List<PrintedSpan> spans(Report report, ReportContent content, int start, int end) {
		List<PrintedSpan> spans = new ArrayList<>();
		String text = content.originalText();
		if (report.format().hasTables() || content.narrative() != null || text == null) {
			return spans;
		}
		int paragraph = 0;
		int lineStart = 0;
		java.util.regex.Matcher breaks = LINE_BREAK.matcher(text);
		while (lineStart <= text.length()) {
			boolean more = breaks.find();
			int lineEnd = more ? breaks.start() : text.length();
			String line = text.substring(lineStart, lineEnd);
			String printed = line.strip();
			if (!printed.isEmpty()) {
				int from = lineStart + line.indexOf(printed);
				int to = from + printed.length();
				if (start < to && end > from) {
					spans.add(new PrintedSpan(paragraph, Math.max(start, from) - from, Math.min(end, to) - from));
				}
				paragraph++;
			}
			if (!more) {
				break;
			}
			lineStart = breaks.end();
		}
		return spans;
	}

	private static String draftNotice(ReportVersion version) {
		if (version.status() == ReportStatus.accepted || version.status() == ReportStatus.published) {
			return null;
		}
		return "第" + version.number() + "版（" + statusName(version.status()) + "），尚未经审核通过，仅供核对。";
	}

	private static String statusName(ReportStatus status) {
		return switch (status) {
			case draft -> "草稿";
			case submitted -> "已报送待审核";
			case returned -> "已退回修改";
			case accepted -> "已审核通过";
			case published -> "已发布";
		};
	}

}
