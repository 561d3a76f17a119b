package io.gongkai.report.hardening;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

import io.gongkai.report.hardening.NegativeCorpusTest.Request;

/**
 * The cases of report-service's negative corpus, made from valid requests by putting one
 * wrong thing in each.
 */
final class ReportCorpus {

	/** A value put in place of a field: its JSON text as sent. */
	private record Bad(String label, String json) {

	}

	private static final String OPERATOR = "{\"$gt\":\"\"}";

	/**
	 * Wrong values for fields of report content, as {@code POST /api/reports} and
	 * {@code PUT} take them.
	 */
	private static final Map<String, List<Bad>> CONTENT = Map.ofEntries(
			Map.entry("agencyName",
					List.of(new Bad("a number", "12345"), new Bad("true", "true"), new Bad("blank", "\"  \""),
							new Bad("empty", "\"\""), new Bad("a NUL", "\"某\\u0000局\""),
							new Bad("a lone surrogate", "\"\\ud800局\""), new Bad("a bell", "\"\\u0007局\""),
							new Bad("201 characters", "\"" + "局".repeat(201) + "\""), new Bad("an operator", OPERATOR),
							new Bad("a list", "[\"某局\"]"), new Bad("null", "null"))),
			Map.entry("publishedOn",
					List.of(new Bad("a number", "20210101"), new Bad("month 13", "\"2021-13-01\""),
							new Bad("30 February", "\"2021-02-30\""), new Bad("a word", "\"yesterday\""),
							new Bad("a decimal", "1.5"), new Bad("an operator", OPERATOR), new Bad("true", "true"))),
			Map.entry("scope",
					List.of(new Bad("a number", "1"), new Bad("an unknown scope", "\"everything\""),
							new Bad("an operator", OPERATOR))),
			Map.entry("narrative",
					List.of(new Bad("a number", "1"), new Bad("a NUL", "\"\\u0000\""),
							new Bad("a lone low surrogate", "\"\\udc00\""))),
			Map.entry("originalText",
					List.of(new Bad("a number", "2"), new Bad("an escape character", "\"\\u001b[31m\""))),
			Map.entry("sections",
					List.of(new Bad("text", "\"s1\""), new Bad("a list", "[]"), new Bad("a number in s1", "{\"s1\":1}"),
							new Bad("a NUL in s1", "{\"s1\":\"a\\u0000b\"}"),
							new Bad("a lone surrogate in s1", "{\"s1\":\"\\udc00\"}"),
							new Bad("an unknown section", "{\"s9\":\"x\"}"),
							new Bad("a traversal as section", "{\"../s1\":\"x\"}"),
							new Bad("an operator as section", "{\"$where\":\"x\"}"),
							new Bad("an operator in s1", "{\"s1\":" + OPERATOR + "}"),
							new Bad("a form feed in s1", "{\"s1\":\"\\f\"}"))),
			Map.entry("cells",
					List.of(new Bad("a decimal", "{\"t3.new_received.total\":1.5}"),
							new Bad("text", "{\"t3.new_received.total\":\"1\"}"),
							new Bad("a word", "{\"t3.new_received.total\":\"many\"}"),
							new Bad("negative", "{\"t3.new_received.total\":-4}"),
							new Bad("true", "{\"t3.new_received.total\":true}"),
							new Bad("an operator", "{\"t3.new_received.total\":" + OPERATOR + "}"),
							new Bad("an unknown cell", "{\"t3.no_such_row.total\":4}"),
							new Bad("an exponent", "{\"t3.new_received.total\":1e30}"),
							new Bad("past the long range", "{\"t3.new_received.total\":9223372036854775808}"),
							new Bad("a thousand digits", "{\"t3.new_received.total\":" + "9".repeat(1200) + "}"),
							new Bad("an operator as cell", "{\"$gt\":1}"), new Bad("a list", "[1]"),
							new Bad("text for all", "\"x\""))),
			Map.entry("metrics", List.of(new Bad("an unknown figure", "{\"no.such.figure\":{\"value\":1}}"),
					new Bad("a number", "1"))));

	/** Wrong values for the fields only a create has. */
	private static final Map<String, List<Bad>> CREATE_ONLY = Map.ofEntries(
			Map.entry("year",
					List.of(new Bad("a decimal", "2021.5"), new Bad("text", "\"2014\""),
							new Bad("a word", "\"twenty\""), new Bad("true", "true"), new Bad("null", "null"),
							new Bad("before 2008", "1999"), new Bad("after 2100", "2101"), new Bad("negative", "-1"),
							new Bad("an exponent", "2.021e3"), new Bad("huge", "99999999999999999999"),
							new Bad("an operator", OPERATOR), new Bad("a list", "[2021]"))),
			Map.entry("format",
					List.of(new Bad("a number", "1"), new Bad("empty", "\"\""), new Bad("unknown", "\"template9999\""),
							new Bad("an operator", OPERATOR), new Bad("a list", "[\"legacy\"]"),
							new Bad("a traversal", "\"../../etc/passwd\""),
							new Bad("a NUL", "\"template\\u00002021\""))),
			Map.entry("kind", List.of(new Bad("a number", "1"), new Bad("unknown", "\"everything\""),
					new Bad("an operator", "{\"$ne\":null}"), new Bad("true", "true"), new Bad("a decimal", "0.5"))));

	/** Bodies wrong as a whole. */
	private static final List<Bad> WHOLE = List.of(new Bad("empty", ""), new Bad("a list", "[]"),
			new Bad("null", "null"), new Bad("a number", "1"), new Bad("text", "\"x\""),
			new Bad("cut short", "{\"agencyName\":"), new Bad("a trailing comma", "{\"agencyName\":\"某局\",}"),
			new Bad("single quotes", "{'agencyName':'某局'}"), new Bad("a comment", "/* x */ {}"),
			new Bad("nested 3000 deep", "[".repeat(3000) + "]".repeat(3000)),
			new Bad("an unterminated string", "{\"agencyName\":\"某局"));

	private ReportCorpus() {
	}

	static List<Map.Entry<String, Request>> cases() {
		List<Map.Entry<String, Request>> cases = new ArrayList<>();
		ObjectNode create = NegativeCorpusTest.createBody();
		ObjectNode update = create.deepCopy();
		update.remove(List.of("year", "format", "kind"));
		// create and update: one wrong field each
		for (Map.Entry<String, List<Bad>> field : CONTENT.entrySet()) {
			for (Bad bad : field.getValue()) {
				add(cases, "create with " + field.getKey() + " " + bad.label(),
						Request.json("POST", "/api/reports", "reporter", with(create, field.getKey(), bad.json())));
				add(cases, "update with " + field.getKey() + " " + bad.label(),
						Request
							.json("PUT", "/api/reports/{report}", "reporter", with(update, field.getKey(), bad.json()))
							.with("If-Match", "\"1\""));
			}
		}
		for (Map.Entry<String, List<Bad>> field : CREATE_ONLY.entrySet()) {
			for (Bad bad : field.getValue()) {
				add(cases, "create with " + field.getKey() + " " + bad.label(),
						Request.json("POST", "/api/reports", "reporter", with(create, field.getKey(), bad.json())));
			}
		}
		for (Bad bad : WHOLE) {
			add(cases, "create with a body " + bad.label(),
					Request.json("POST", "/api/reports", "reporter", bad.json()));
			add(cases, "update with a body " + bad.label(),
					Request.json("PUT", "/api/reports/{report}", "reporter", bad.json()).with("If-Match", "\"1\""));
			add(cases, "exchange import with a body " + bad.label(),
					Request.json("POST", "/api/reports/exchange", "reporter", bad.json()));
			add(cases, "return with a body " + bad.label(),
					Request.json("POST", "/api/reports/{report}/return", "coordinator", bad.json()));
		}
		encodingsAndSizes(cases, create);
		headers(cases, create, update);
		paths(cases, update);
		lifecycle(cases);
		exchange(cases);
		storage(cases);
		return cases;
	}

	private static void encodingsAndSizes(List<Map.Entry<String, Request>> cases, ObjectNode create) {
		byte[] latin1 = with(create, "agencyName", "\"Café 某局\"").getBytes(StandardCharsets.ISO_8859_1);
		add(cases, "create in ISO-8859-1 bytes",
				new Request("POST", "/api/reports", "reporter", "application/json", Map.of(), latin1));
		byte[] gbk = create.toString().getBytes(java.nio.charset.Charset.forName("GBK"));
		add(cases, "create in GBK bytes",
				new Request("POST", "/api/reports", "reporter", "application/json", Map.of(), gbk));
		add(cases, "create with invalid UTF-8",
				new Request("POST", "/api/reports", "reporter", "application/json", Map.of(),
						new byte[] { '{', '"', 'a', 'g', 'e', 'n', 'c', 'y', 'N', 'a', 'm', 'e', '"', ':', '"',
								(byte) 0xC3, (byte) 0x28, '"', '}' }));
		add(cases, "create over the size limit", Request.json("POST", "/api/reports", "reporter",
				with(create, "narrative", "\"" + "很长".repeat(60_000) + "\"")));
		add(cases, "create with a narrative over 200000 characters", Request.json("POST", "/api/reports", "reporter",
				with(create, "narrative", "\"" + "x".repeat(200_001) + "\"")));
		add(cases, "create with a section over 100000 characters", Request.json("POST", "/api/reports", "reporter",
				with(create, "sections", "{\"s1\":\"" + "x".repeat(100_001) + "\"}")));
		add(cases, "create with a name of a million digits", Request.json("POST", "/api/reports", "reporter",
				"{\"agencyName\":\"某局\",\"year\":" + "1".repeat(200_000) + "}"));
		add(cases, "create as text/plain", new Request("POST", "/api/reports", "reporter", "text/plain", Map.of(),
				create.toString().getBytes(StandardCharsets.UTF_8)));
		add(cases, "create as XML", new Request("POST", "/api/reports", "reporter", "application/xml", Map.of(),
				"<report/>".getBytes(StandardCharsets.UTF_8)));
		add(cases, "create as a form", new Request("POST", "/api/reports", "reporter",
				"application/x-www-form-urlencoded", Map.of(), "year=2021".getBytes(StandardCharsets.UTF_8)));
	}

	private static void headers(List<Map.Entry<String, Request>> cases, ObjectNode create, ObjectNode update) {
		String body = create.toString();
		for (String key : List.of(NegativeCorpusTest.rawUtf8("键"), "key with spaces", "x".repeat(201), "",
				NegativeCorpusTest.rawUtf8("🔑"), "tab\there", "{\"$gt\":\"\"}x\u0001")) {
			add(cases, "create with Idempotency-Key '" + shortName(key) + "'",
					Request.json("POST", "/api/reports", "reporter", body).with("Idempotency-Key", key));
			add(cases, "exchange import with Idempotency-Key '" + shortName(key) + "'",
					Request.json("POST", "/api/reports/exchange", "reporter", "{}").with("Idempotency-Key", key));
		}
		for (String tag : List.of(NegativeCorpusTest.rawUtf8("\"键\""), NegativeCorpusTest.rawUtf8("键"), "\"1", "W/",
				"\"1\" \"2\"", "\"0\"", "\"999\"", "abc")) {
			add(cases, "update with If-Match '" + shortName(tag) + "'",
					Request.json("PUT", "/api/reports/{report}", "reporter", update.toString()).with("If-Match", tag));
			add(cases, "submit with If-Match '" + shortName(tag) + "'",
					Request.json("POST", "/api/reports/{report}/submit", "reporter", "{}").with("If-Match", tag));
		}
		add(cases, "update without If-Match",
				Request.json("PUT", "/api/reports/{report}", "reporter", update.toString()));
		for (String bad : List.of(NegativeCorpusTest.rawUtf8("键/json"), "application",
				"application/json; charset=no-such-charset")) {
			add(cases, "create with Content-Type '" + shortName(bad) + "'", new Request("POST", "/api/reports",
					"reporter", bad, Map.of(), body.getBytes(StandardCharsets.UTF_8)));
		}
		add(cases, "create with If-None-Match raw UTF-8",
				Request.json("POST", "/api/reports", "reporter", "{\"year\":1}")
					.with("If-None-Match", NegativeCorpusTest.rawUtf8("\"键\"")));
		add(cases, "create with Accept raw UTF-8",
				Request.json("POST", "/api/reports", "reporter", body).with("Accept", NegativeCorpusTest.rawUtf8("键")));
	}

	private static void paths(List<Map.Entry<String, Request>> cases, ObjectNode update) {
		for (String id : List.of("%7B%22$gt%22:%22%22%7D", "..%2F..%2Fetc%2Fpasswd", "x".repeat(300), "%00",
				"%E9%94%AE", "..", "%2e%2e", "null", "$where")) {
			add(cases, "update of report '" + shortName(id) + "'",
					Request.json("PUT", "/api/reports/" + id, "reporter", update.toString()).with("If-Match", "\"1\""));
			add(cases, "submission of report '" + shortName(id) + "'",
					Request.json("POST", "/api/reports/" + id + "/submit", "reporter", "{}"));
		}
	}

	private static void lifecycle(List<Map.Entry<String, Request>> cases) {
		for (Bad bad : List.of(new Bad("a number", "1"), new Bad("a list", "[]"),
				new Bad("a number as explanation", "{\"explanations\":{\"k\":1}}"),
				new Bad("a NUL in an explanation", "{\"explanations\":{\"k\":\"\\u0000\"}}"),
				new Bad("an explanation over 2000 characters",
						"{\"explanations\":{\"k\":\"" + "x".repeat(2001) + "\"}}"),
				new Bad("an operator", "{\"explanations\":" + OPERATOR + "}"))) {
			add(cases, "submit with " + bad.label(),
					Request.json("POST", "/api/reports/{report}/submit", "reporter", bad.json()));
		}
		for (Bad bad : List.of(new Bad("no comments", "{\"comments\":[]}"),
				new Bad("comments as text", "{\"comments\":\"fix\"}"),
				new Bad("an unknown target", "{\"comments\":[{\"target\":\"galaxy\",\"text\":\"x\"}]}"),
				new Bad("a number as target", "{\"comments\":[{\"target\":1,\"text\":\"x\"}]}"),
				new Bad("a NUL in a comment", "{\"comments\":[{\"target\":\"report\",\"text\":\"a\\u0000\"}]}"),
				new Bad("a lone surrogate in a comment",
						"{\"comments\":[{\"target\":\"report\",\"text\":\"\\ud83d\"}]}"),
				new Bad("a comment over 4000 characters",
						"{\"comments\":[{\"target\":\"report\",\"text\":\"" + "x".repeat(4001) + "\"}]}"),
				new Bad("a blank comment", "{\"comments\":[{\"target\":\"report\",\"text\":\" \"}]}"),
				new Bad("a well-formed return of a draft",
						"{\"comments\":[{\"target\":\"report\",\"text\":\"请改\"}]}"))) {
			add(cases, "return with " + bad.label(),
					Request.json("POST", "/api/reports/{report}/return", "coordinator", bad.json()));
		}
		for (Bad bad : List.of(new Bad("a number as note", "{\"note\":1}"),
				new Bad("a NUL in the note", "{\"note\":\"\\u0000\"}"),
				new Bad("a note over 4000 characters", "{\"note\":\"" + "x".repeat(4001) + "\"}"),
				new Bad("a well-formed acceptance of a draft", "{\"note\":\"好\"}"))) {
			add(cases, "accept with " + bad.label(),
					Request.json("POST", "/api/reports/{report}/accept", "coordinator", bad.json()));
		}
		for (Bad bad : List.of(new Bad("no reason", "{}"), new Bad("a number as reason", "{\"reason\":1}"),
				new Bad("a NUL in the reason", "{\"reason\":\"\\u0000\"}"),
				new Bad("a well-formed reopening of a draft", "{\"reason\":\"重开\"}"))) {
			add(cases, "reopen with " + bad.label(),
					Request.json("POST", "/api/reports/{report}/reopen", "coordinator", bad.json()));
		}
		add(cases, "publication of a draft",
				Request.json("POST", "/api/reports/{report}/publish", "coordinator", null));
		add(cases, "amendment of a draft", Request.json("POST", "/api/reports/{report}/amendments", "reporter", null));
		add(cases, "a reporter accepting", Request.json("POST", "/api/reports/{report}/accept", "reporter", "{}"));
		add(cases, "a coordinator creating",
				Request.json("POST", "/api/reports", "coordinator", NegativeCorpusTest.createBody().toString()));
	}

	private static void exchange(List<Map.Entry<String, Request>> cases) {
		String document = "{\"schemaVersion\":\"gongkai.report/v1\",\"agency\":{\"name\":\"某局\"},\"year\":2021,"
				+ "\"format\":\"template2021\",\"kind\":\"department\",\"cells\":{},\"sections\":{}}";
		for (Bad bad : List.of(new Bad("no schema version", "{\"year\":2021}"),
				new Bad("a number as schema version", "{\"schemaVersion\":2}"),
				new Bad("another schema version", "{\"schemaVersion\":\"gongkai.report/v9\"}"),
				new Bad("an unknown field", document.replace("\"cells\"", "\"cels\"")),
				new Bad("a decimal cell",
						document.replace("\"cells\":{}", "\"cells\":{\"t3.new_received.total\":1.5}")),
				new Bad("a number as date",
						document.replace("\"year\":2021", "\"year\":2021,\"publishedOn\":20210101")),
				new Bad("a year in quotes", document.replace("\"year\":2021", "\"year\":\"2021\"")),
				new Bad("a number as kind", document.replace("\"kind\":\"department\"", "\"kind\":1")),
				new Bad("another agency",
						document.replace("{\"name\":\"某局\"}", "{\"id\":\"510100-other\",\"name\":\"某局\"}")),
				new Bad("an operator as agency id",
						document.replace("{\"name\":\"某局\"}", "{\"id\":" + OPERATOR + ",\"name\":\"某局\"}")),
				new Bad("a NUL in a section", document.replace("\"sections\":{}", "\"sections\":{\"s1\":\"\\u0000\"}")),
				new Bad("a number as agency name", document.replace("{\"name\":\"某局\"}", "{\"name\":12345}")))) {
			add(cases, "exchange import with " + bad.label(),
					Request.json("POST", "/api/reports/exchange", "reporter", bad.json()));
		}
		for (Bad bad : List.of(new Bad("an object", "{}"), new Bad("a number", "1"), new Bad("cut short", "[{"),
				new Bad("empty", ""))) {
			add(cases, "bulk upload of " + bad.label(),
					Request.json("POST", "/api/reports/exchange/bulk", "coordinator", bad.json()));
		}
		add(cases, "bulk upload by a reporter", Request.json("POST", "/api/reports/exchange/bulk", "reporter", "[]"));
		add(cases, "bulk upload as XML", new Request("POST", "/api/reports/exchange/bulk", "coordinator",
				"application/xml", Map.of(), "<x/>".getBytes(StandardCharsets.UTF_8)));
	}

	private static void storage(List<Map.Entry<String, Request>> cases) {
		for (String code : List.of("65", "abc", "6500000", "..%2F..", "%7B%22$gt%22:%22%22%7D", "%E9%94%AE")) {
			add(cases, "storage for '" + code + "'",
					Request.json("PUT", "/api/reports/provinces/" + code + "/storage", "admin", null));
		}
		add(cases, "storage prepared by a coordinator",
				Request.json("PUT", "/api/reports/provinces/510000/storage", "coordinator", null));
		add(cases, "storage prepared by a reporter",
				Request.json("PUT", "/api/reports/provinces/510000/storage", "reporter", null));
	}

	/** The body with one field's value replaced by the given JSON text. */
	static String with(ObjectNode body, String field, String json) {
		ObjectNode copy = body.deepCopy();
		copy.put(field, "__BAD_VALUE__");
		return copy.toString().replace("\"__BAD_VALUE__\"", json);
	}

	private static void add(List<Map.Entry<String, Request>> cases, String name, Request request) {
		cases.add(new SimpleEntry<>(name, request));
	}

	private static String shortName(String text) {
		String shown = text.replaceAll("[^\\x20-\\x7e]", "?");
		return (shown.length() > 24) ? shown.substring(0, 24) + "…" : shown;
	}

}
