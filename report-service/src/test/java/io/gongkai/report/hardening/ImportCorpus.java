package io.gongkai.report.hardening;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongkai.report.hardening.NegativeCorpusTest.Request;

import org.springframework.mock.web.MockMultipartFile;

/**
 * The text import's cases of report-service's negative corpus: uploads and pasted text
 * for a preview, decisions on its figures, the draft made from it, and batches.
 * {@code {preview}} in a path is a preview of the agency's own report, made before the
 * corpus runs. File names over the limit are refused by the multipart resolver, which a
 * prepared multipart request of these tests does not pass through: that is tested where
 * the resolver is ({@code CheckedMultipartResolver}).
 */
final class ImportCorpus {

	/** A published report as an agency pastes it; its preview is the one aimed at. */
	static final String REPORT_TEXT = """
			成都市某局2021年政府信息公开工作年度报告
			本报告统计期限自2021年1月1日起至2021年12月31日止。
			一、总体情况
			2021年，本局主动公开政府信息120条，全年共收到政府信息公开申请15件，办结15件。
			二、存在的主要问题及改进情况
			公开内容还不够全面。
			""";

	private static final String OPERATOR = "{\"$gt\":\"\"}";

	private static final String PREVIEW = "/api/reports/imports/preview";

	private static final String DECISIONS = "/api/reports/imports/previews/{preview}/confirmations";

	private static final String DRAFT = "/api/reports/imports/previews/{preview}/draft";

	private static final String BATCHES = "/api/reports/imports/batches";

	private ImportCorpus() {
	}

	static List<Map.Entry<String, Request>> cases() {
		List<Map.Entry<String, Request>> cases = new ArrayList<>();
		pastedText(cases);
		uploads(cases);
		decisions(cases);
		drafts(cases);
		batches(cases);
		return cases;
	}

	private static void pastedText(List<Map.Entry<String, Request>> cases) {
		for (String[] bad : new String[][] { { "no text", "{}" }, { "a null text", "{\"text\":null}" },
				{ "a blank text", "{\"text\":\"   \"}" }, { "a number as text", "{\"text\":12345}" },
				{ "a list as text", "{\"text\":[\"某局\"]}" }, { "an operator as text", "{\"text\":" + OPERATOR + "}" },
				{ "a number as name", "{\"text\":\"某局\",\"name\":7}" },
				{ "a 3,000-character name", "{\"text\":\"某局\",\"name\":\"" + "名".repeat(3000) + "\"}" },
				{ "a list", "[]" }, { "empty", "" }, { "cut short", "{\"text\":\"某" } }) {
			add(cases, "pasted text with " + bad[0], Request.json("POST", PREVIEW, "reporter", bad[1]));
		}
		add(cases, "pasted text by the platform admin",
				Request.json("POST", PREVIEW, "admin", "{\"text\":\"" + "某局" + "\"}"));
		add(cases, "pasted text as XML", new Request("POST", PREVIEW, "reporter", "application/xml", Map.of(),
				"<text>某局</text>".getBytes(StandardCharsets.UTF_8)));
	}

	private static void uploads(List<Map.Entry<String, Request>> cases) {
		add(cases, "upload without a file part",
				Request.upload(PREVIEW, "reporter", file("other", "report.txt", REPORT_TEXT)));
		add(cases, "upload of an empty file", Request.upload(PREVIEW, "reporter", file("file", "report.txt", "")));
		add(cases, "upload by the platform admin",
				Request.upload(PREVIEW, "admin", file("file", "report.txt", REPORT_TEXT)));
	}

	private static void decisions(List<Map.Entry<String, Request>> cases) {
		for (String[] bad : new String[][] { { "a number as metrics", "{\"metrics\":1}" },
				{ "a list as metrics", "{\"metrics\":[]}" },
				{ "an unknown decision", "{\"metrics\":{\"requests.received\":{\"decision\":\"maybe\"}}}" },
				{ "no decision", "{\"metrics\":{\"requests.received\":{}}}" },
				{ "a null decision", "{\"metrics\":{\"requests.received\":null}}" },
				{ "a negative correction",
						"{\"metrics\":{\"requests.received\":{\"decision\":\"corrected\",\"value\":-1}}}" },
				{ "a word as correction",
						"{\"metrics\":{\"requests.received\":{\"decision\":\"corrected\",\"value\":\"many\"}}}" },
				{ "an unknown qualifier",
						"{\"metrics\":{\"requests.received\":{\"decision\":\"confirmed\",\"qualifier\":\"roughly\"}}}" },
				{ "an unknown figure", "{\"metrics\":{\"no.such.figure\":{\"decision\":\"confirmed\"}}}" },
				{ "an operator as figure", "{\"metrics\":{\"$gt\":{\"decision\":\"confirmed\"}}}" },
				{ "an operator as decision", "{\"metrics\":{\"requests.received\":{\"decision\":" + OPERATOR + "}}}" },
				{ "a number as rejected", "{\"rejected\":1}" }, { "a blank rejected figure", "{\"rejected\":[\"\"]}" },
				{ "a number among rejected", "{\"rejected\":[1]}" }, { "a list", "[]" }, { "empty", "" } }) {
			add(cases, "decisions with " + bad[0], Request.json("POST", DECISIONS, "reporter", bad[1]));
		}
		for (String id : List.of("no-such-preview", "%7B%22$gt%22:%22%22%7D", "..%2F..%2Freports", "%00")) {
			add(cases, "decisions on preview '" + id + "'", Request.json("POST",
					"/api/reports/imports/previews/" + id + "/confirmations", "reporter", "{\"metrics\":{}}"));
		}
		add(cases, "decisions by the platform admin", Request.json("POST", DECISIONS, "admin", "{\"metrics\":{}}"));
	}

	private static void drafts(List<Map.Entry<String, Request>> cases) {
		for (String[] bad : new String[][] { { "a number as kind", "{\"kind\":1}" },
				{ "an unknown kind", "{\"kind\":\"everything\"}" },
				{ "an operator as agency", "{\"agencyId\":" + OPERATOR + "}" },
				{ "a 65-character agency", "{\"agencyId\":\"" + "a".repeat(65) + "\"}" },
				{ "an empty agency", "{\"agencyId\":\"\"}" }, { "text as accepted", "{\"accepted\":\"yes\"}" },
				{ "a list", "[]" }, { "another agency of the province", "{\"agencyId\":\"510100-other\"}" } }) {
			add(cases, "draft with " + bad[0], Request.json("POST", DRAFT, "reporter", bad[1]));
		}
		add(cases, "draft of an unknown preview",
				Request.json("POST", "/api/reports/imports/previews/no-such-preview/draft", "reporter", "{}"));
		add(cases, "draft by the platform admin", Request.json("POST", DRAFT, "admin", "{}"));
	}

	private static void batches(List<Map.Entry<String, Request>> cases) {
		add(cases, "batch without files", Request.upload(BATCHES, "coordinator"));
		add(cases, "batch with accepted 'maybe'",
				Request.upload(BATCHES + "?accepted=maybe", "coordinator", file("files", "report.txt", REPORT_TEXT)));
		add(cases, "batch by the platform admin",
				Request.upload(BATCHES, "admin", file("files", "report.txt", REPORT_TEXT)));
		add(cases, "batch sent as JSON", Request.json("POST", BATCHES, "coordinator", "{\"files\":[]}"));
		for (String id : List.of("no-such-batch", "%7B%22$gt%22:%22%22%7D", "..%2F..%2Freports")) {
			add(cases, "cancel of batch '" + id + "'", Request.json("DELETE", BATCHES + "/" + id, "coordinator", null));
		}
	}

	private static MockMultipartFile file(String part, String name, String text) {
		return new MockMultipartFile(part, name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
	}

	private static void add(List<Map.Entry<String, Request>> cases, String name, Request request) {
		cases.add(new SimpleEntry<>(name, request));
	}

}
