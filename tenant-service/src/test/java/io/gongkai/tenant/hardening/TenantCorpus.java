package io.gongkai.tenant.hardening;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases of tenant-service's negative corpus, made from valid requests by putting one
 * wrong thing in each.
 */
final class TenantCorpus {

	/** A valid registration in 620000, without an id. */
	static final String AGENCY = "{\"name\":\"甘肃省某局\",\"level\":\"prefecture\",\"kind\":\"department\",\"regionCode\":\"620100\"}";

	private static final String OPERATOR = "{\"$gt\":\"\"}";

	private static final String AGENCIES = "/api/tenants/620000/agencies";

	/** A request of the corpus. */
	record Request(String method, String path, String role, String contentType, Map<String, String> headers,
			byte[] body) {

		static Request json(String method, String path, String role, String body) {
			return new Request(method, path, role, "application/json", Map.of(),
					(body != null) ? body.getBytes(StandardCharsets.UTF_8) : null);
		}

		Request with(String header, String value) {
			Map<String, String> all = new LinkedHashMap<>(this.headers);
			all.put(header, value);
			return new Request(this.method, this.path, this.role, this.contentType, all, this.body);
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	private record Bad(String label, String json) {

	}

	private static final Map<String, List<Bad>> AGENCY_FIELDS = Map.ofEntries(
			Map.entry("id",
					List.of(new Bad("an operator", OPERATOR), new Bad("a traversal", "\"../620100\""),
							new Bad("too short", "\"62\""), new Bad("a number", "620100"),
							new Bad("65 characters", "\"62" + "x".repeat(63) + "\""), new Bad("Chinese", "\"62键\""),
							new Bad("another province's prefix", "\"210100-x\""),
							new Bad("a reserved word", "\"import\""), new Bad("a NUL", "\"62\\u0000x\""))),
			Map.entry("name",
					List.of(new Bad("a number", "12345"), new Bad("blank", "\" \""), new Bad("a NUL", "\"某\\u0000局\""),
							new Bad("a lone surrogate", "\"\\ud800\""),
							new Bad("101 characters", "\"" + "局".repeat(101) + "\""), new Bad("an operator", OPERATOR),
							new Bad("true", "true"))),
			Map.entry("aliases",
					List.of(new Bad("text", "\"甲\""), new Bad("a number", "[1]"), new Bad("a blank", "[\" \"]"),
							new Bad("21 aliases", "[" + String.join(",",
									java.util.stream.IntStream.range(0, 21).mapToObj((i) -> "\"甲" + i + "\"").toList())
									+ "]"),
							new Bad("a NUL", "[\"\\u0000\"]"), new Bad("an operator", "[" + OPERATOR + "]"))),
			Map.entry("level",
					List.of(new Bad("a number", "1"), new Bad("unknown", "\"galaxy\""),
							new Bad("an operator", OPERATOR), new Bad("null", "null"))),
			Map.entry("kind", List.of(new Bad("a number", "1"), new Bad("unknown", "\"x\""), new Bad("true", "true"))),
			Map.entry("regionCode",
					List.of(new Bad("a number", "620100"), new Bad("five digits", "\"62010\""),
							new Bad("another province's", "\"110100\""), new Bad("an operator", OPERATOR),
							new Bad("a traversal", "\"../../\""))),
			Map.entry("parentId",
					List.of(new Bad("an operator", OPERATOR), new Bad("unknown", "\"620999-none\""),
							new Bad("a number", "1"))),
			Map.entry("scope", List.of(new Bad("unknown", "\"x\""), new Bad("a number", "1"))),
			Map.entry("createdYear",
					List.of(new Bad("a decimal", "2021.5"), new Bad("text", "\"2014\""), new Bad("before 1949", "1900"),
							new Bad("after 2100", "3000"), new Bad("an operator", OPERATOR))),
			Map.entry("abolishedYear", List.of(new Bad("a decimal", "2001.5"), new Bad("before 1949", "1000"))),
			Map.entry("mergedInto", List.of(new Bad("unknown", "\"620999-none\""), new Bad("an operator", OPERATOR))));

	private static final List<Bad> WHOLE = List.of(new Bad("empty", ""), new Bad("a list", "[]"),
			new Bad("null", "null"), new Bad("a number", "1"), new Bad("cut short", "{\"name\":"),
			new Bad("a trailing comma", "{\"name\":\"x\",}"),
			new Bad("nested 3000 deep", "[".repeat(3000) + "]".repeat(3000)),
			new Bad("a thousand-digit year", "{\"abolishedYear\":" + "9".repeat(1200) + "}"));

	private TenantCorpus() {
	}

	static List<Map.Entry<String, Request>> cases() {
		List<Map.Entry<String, Request>> cases = new ArrayList<>();
		String create = AGENCY.replace("{", "{\"id\":\"620100-new\",");
		for (Map.Entry<String, List<Bad>> field : AGENCY_FIELDS.entrySet()) {
			for (Bad bad : field.getValue()) {
				add(cases, "register with " + field.getKey() + " " + bad.label(),
						Request.json("POST", AGENCIES, "coordinator", with(create, field.getKey(), bad.json())));
				if (!"id".equals(field.getKey())) {
					add(cases, "edit with " + field.getKey() + " " + bad.label(),
							Request
								.json("PUT", AGENCIES + "/620100-base", "coordinator",
										with(AGENCY, field.getKey(), bad.json()))
								.with("If-Match", "\"1\""));
				}
			}
		}
		for (Bad bad : WHOLE) {
			add(cases, "register with a body " + bad.label(),
					Request.json("POST", AGENCIES, "coordinator", bad.json()));
			add(cases, "edit with a body " + bad.label(),
					Request.json("PUT", AGENCIES + "/620100-base", "coordinator", bad.json())
						.with("If-Match", "\"1\""));
			add(cases, "deactivation with a body " + bad.label(),
					Request.json("POST", AGENCIES + "/620100-base/deactivation", "coordinator", bad.json()));
			add(cases, "reminders with a body " + bad.label(),
					Request.json("POST", "/api/tenants/620000/follow-up/reminders", "coordinator", bad.json()));
			add(cases, "account with a body " + bad.label(),
					Request.json("POST", "/api/tenants/620000/accounts", "coordinator", bad.json()));
		}
		deactivation(cases);
		headersAndPaths(cases, create);
		files(cases);
		accounts(cases);
		reminders(cases);
		population(cases);
		onboarding(cases);
		return cases;
	}

	private static void deactivation(List<Map.Entry<String, Request>> cases) {
		for (Bad bad : List.of(new Bad("text as year", "{\"abolishedYear\":\"2014\"}"),
				new Bad("a decimal year", "{\"abolishedYear\":2021.5}"), new Bad("no year", "{}"),
				new Bad("a year before 1949", "{\"abolishedYear\":1900}"),
				new Bad("an operator as successor", "{\"abolishedYear\":2021,\"mergedInto\":" + OPERATOR + "}"),
				new Bad("an unknown successor", "{\"abolishedYear\":2021,\"mergedInto\":\"620999-none\"}"))) {
			add(cases, "deactivation with " + bad.label(),
					Request.json("POST", AGENCIES + "/620100-base/deactivation", "coordinator", bad.json()));
		}
	}

	private static void headersAndPaths(List<Map.Entry<String, Request>> cases, String create) {
		for (String tag : List.of(raw("\"键\""), raw("键"), "\"1", "W/", "\"0\"", "\"7\"", "abc", "\"1\" \"2\"")) {
			add(cases, "edit with If-Match '" + shortName(tag) + "'",
					Request.json("PUT", AGENCIES + "/620100-base", "coordinator", AGENCY).with("If-Match", tag));
			add(cases, "deactivation with If-Match '" + shortName(tag) + "'",
					Request
						.json("POST", AGENCIES + "/620100-base/deactivation", "coordinator", "{\"abolishedYear\":2021}")
						.with("If-Match", tag));
		}
		add(cases, "edit without If-Match", Request.json("PUT", AGENCIES + "/620100-base", "coordinator", AGENCY));
		add(cases, "edit naming another id",
				Request
					.json("PUT", AGENCIES + "/620100-base", "coordinator",
							AGENCY.replace("{", "{\"id\":\"620100-other\","))
					.with("If-Match", "\"1\""));
		add(cases, "register with Idempotency-Key raw UTF-8",
				Request.json("POST", AGENCIES, "coordinator", create).with("Idempotency-Key", raw("键")));
		add(cases, "register with If-None-Match raw UTF-8",
				Request.json("POST", AGENCIES, "coordinator", create).with("If-None-Match", raw("\"键\"")));
		add(cases, "register with Accept raw UTF-8",
				Request.json("POST", AGENCIES, "coordinator", create).with("Accept", raw("键")));
		for (String type : List.of(raw("键/json"), "application", "text/plain", "application/xml")) {
			add(cases, "register with Content-Type '" + shortName(type) + "'", new Request("POST", AGENCIES,
					"coordinator", type, Map.of(), create.getBytes(StandardCharsets.UTF_8)));
		}
		for (String code : List.of("99", "990000", "%7B%22$gt%22:%22%22%7D", "..%2F..", "%E9%94%AE", "210000")) {
			add(cases, "register in province '" + code + "'",
					Request.json("POST", "/api/tenants/" + code + "/agencies", "coordinator", create));
		}
		for (String id : List.of("%7B%22$gt%22:%22%22%7D", "..%2F..%2Fetc", "x".repeat(300), "%00", "..",
				"620100-none")) {
			add(cases, "edit of agency '" + shortName(id) + "'",
					Request.json("PUT", AGENCIES + "/" + id, "coordinator", AGENCY).with("If-Match", "\"1\""));
		}
		add(cases, "register by a reporter", Request.json("POST", AGENCIES, "reporter", create));
		add(cases, "register by another province's coordinator", Request.json("POST", AGENCIES, "foreign", create));
	}

	private static void files(List<Map.Entry<String, Request>> cases) {
		String path = AGENCIES + "/import?dryRun=false";
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("an empty file", new byte[0]);
		files.put("an .xls workbook", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 });
		files.put("a broken .xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9 });
		files.put("a zip that is no workbook", zip("readme.txt", "hello"));
		files.put("an xlsx with broken XML", zip("[Content_Types].xml", "<Types><x"));
		files.put("a file over the size limit",
				("id,name\n" + "x,y\n".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
		files.put("binary bytes", new byte[] { 0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, 0, 0 });
		files.put("only an unknown header", "foo,bar\n1,2\n".getBytes(StandardCharsets.UTF_8));
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			add(cases, "import of " + file.getKey() + " as the body",
					new Request("POST", path, "coordinator", "application/octet-stream", Map.of(), file.getValue()));
			add(cases, "import of " + file.getKey() + " as a form", new Request("POST", path, "coordinator",
					"multipart/form-data; boundary=b", Map.of(), form("agencies.csv", file.getValue())));
		}
		add(cases, "import of a file with a 3000-character name",
				new Request("POST", path, "coordinator", "multipart/form-data; boundary=b", Map.of(),
						form("a".repeat(3000) + ".csv", "id,name\n".getBytes(StandardCharsets.UTF_8))));
		add(cases, "import of a file with a NUL in its name",
				new Request("POST", path, "coordinator", "multipart/form-data; boundary=b", Map.of(),
						form("a\u0001.csv", "id,name\n".getBytes(StandardCharsets.UTF_8))));
		add(cases, "import of a form without its boundary",
				new Request("POST", path, "coordinator", "multipart/form-data; boundary=zzz", Map.of(),
						form("a.csv", "id,name\n".getBytes(StandardCharsets.UTF_8))));
		add(cases, "import by a reporter", new Request("POST", path, "reporter", "text/csv", Map.of(),
				"id,name\n".getBytes(StandardCharsets.UTF_8)));
		add(cases, "import as JSON", Request.json("POST", path, "coordinator", "[]"));
	}

	private static void accounts(List<Map.Entry<String, Request>> cases) {
		String account = "{\"username\":\"gs-reporter\",\"role\":\"agency-reporter\",\"agencyId\":\"620100-base\"}";
		for (Bad bad : List.of(new Bad("username", "\"A\""), new Bad("username", "1"),
				new Bad("username", "\"a\\u0000b\""), new Bad("username", OPERATOR), new Bad("role", "\"god\""),
				new Bad("role", "1"), new Bad("email", "\"not-mail\""), new Bad("email", "1"),
				new Bad("firstName", "\"" + "x".repeat(101) + "\""), new Bad("firstName", "\"\\u0000\""),
				new Bad("agencyId", OPERATOR), new Bad("agencyId", "\"620999-none\""))) {
			add(cases, "account with " + bad.label() + " " + shortName(bad.json()), Request.json("POST",
					"/api/tenants/620000/accounts", "coordinator", with(account, bad.label(), bad.json())));
		}
		for (String id : List.of("%7B%22$gt%22:%22%22%7D", "..%2F..", "%00")) {
			add(cases, "disabling account '" + id + "'",
					Request.json("POST", "/api/tenants/620000/accounts/" + id + "/disable", "coordinator", null));
		}
		add(cases, "account opened by a reporter",
				Request.json("POST", "/api/tenants/620000/accounts", "reporter", account));
	}

	private static void reminders(List<Map.Entry<String, Request>> cases) {
		String reminder = "{\"year\":2023,\"message\":\"请按时报送\"}";
		for (Bad bad : List.of(new Bad("year", "\"2023\""), new Bad("year", "2023.5"), new Bad("year", "1999"),
				new Bad("year", OPERATOR), new Bad("agencyIds", "\"x\""), new Bad("agencyIds", "[]"),
				new Bad("agencyIds", "[1]"), new Bad("agencyIds", "[\"\"]"), new Bad("agencyIds", "[" + OPERATOR + "]"),
				new Bad("message", "\"\\u0000\""), new Bad("message", "\"\""),
				new Bad("message", "\"" + "x".repeat(2001) + "\""), new Bad("message", "1"))) {
			add(cases, "reminders with " + bad.label() + " " + shortName(bad.json()), Request.json("POST",
					"/api/tenants/620000/follow-up/reminders", "coordinator", with(reminder, bad.label(), bad.json())));
		}
	}

	private static void population(List<Map.Entry<String, Request>> cases) {
		String population = "{\"residents\":25000000,\"year\":2020,\"source\":\"第七次全国人口普查\"}";
		for (Bad bad : List.of(new Bad("residents", "1.5"), new Bad("residents", "\"100\""), new Bad("residents", "-1"),
				new Bad("residents", "1e13"), new Bad("residents", OPERATOR), new Bad("year", "\"2020\""),
				new Bad("year", "2020.5"), new Bad("source", "\"\\u0000\""), new Bad("source", "\"\""),
				new Bad("source", "1"))) {
			add(cases, "population with " + bad.label() + " " + shortName(bad.json()), Request.json("PUT",
					"/api/tenants/620000/population", "admin", with(population, bad.label(), bad.json())));
		}
		add(cases, "population set by a coordinator",
				Request.json("PUT", "/api/tenants/620000/population", "coordinator", population));
	}

	private static void onboarding(List<Map.Entry<String, Request>> cases) {
		for (Bad bad : List.of(new Bad("no coordinator", "{}"),
				new Bad("a coordinator as text", "{\"coordinator\":\"x\"}"),
				new Bad("a bad user name", "{\"coordinator\":{\"username\":\"A B\"}}"),
				new Bad("a bad e-mail", "{\"coordinator\":{\"username\":\"gs-coord\",\"email\":\"x\"}}"),
				new Bad("a NUL in the name",
						"{\"coordinator\":{\"username\":\"gs-coord\",\"firstName\":\"\\u0000\"}}"))) {
			add(cases, "onboarding with " + bad.label(),
					Request.json("POST", "/api/tenants/620000/onboarding", "admin", bad.json()));
		}
		add(cases, "onboarding of a code outside the catalogue", Request.json("POST", "/api/tenants/990000/onboarding",
				"admin", "{\"coordinator\":{\"username\":\"xx-coord\"}}"));
		add(cases, "onboarding by a coordinator", Request.json("POST", "/api/tenants/620000/onboarding", "coordinator",
				"{\"coordinator\":{\"username\":\"gs-coord\"}}"));
		add(cases, "suspension by a coordinator",
				Request.json("POST", "/api/tenants/620000/suspension", "coordinator", null));
		add(cases, "suspension of a code outside the catalogue",
				Request.json("POST", "/api/tenants/990000/suspension", "admin", null));
	}

	static String with(String json, String field, String value) {
		String marker = "\"__BAD__\"";
		String base = json.substring(0, json.length() - 1);
		String replaced = json.replaceAll("\"" + java.util.regex.Pattern.quote(field) + "\":(\"[^\"]*\"|[0-9.]+)",
				"\"" + field + "\":" + java.util.regex.Matcher.quoteReplacement(marker));
		String withField = replaced.equals(json) ? base + ",\"" + field + "\":" + marker + "}" : replaced;
		return withField.replace(marker, value);
	}

	private static byte[] form(String filename, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes("\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private static byte[] zip(String entry, String content) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.putNextEntry(new java.util.zip.ZipEntry(entry));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static String raw(String text) {
		return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
	}

	private static void add(List<Map.Entry<String, Request>> cases, String name, Request request) {
		cases.add(new SimpleEntry<>(name, request));
	}

	private static String shortName(String text) {
		String shown = text.replaceAll("[^\\x20-\\x7e]", "?");
		return (shown.length() > 24) ? shown.substring(0, 24) + "…" : shown;
	}

}
