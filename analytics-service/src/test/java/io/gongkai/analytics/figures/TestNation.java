package io.gongkai.analytics.figures;

import io.gongkai.analytics.export.Cells;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * A small nation as the sync leaves it in {@code gongkai_analytics}: Liaoning (210000),
 * Gansu (620000) and Zhejiang (330000) reporting from 2017 to 2022, plus Beijing (110000)
 * and Guangdong (440000) with a single report on 2020 each. Legacy reports on 2017 (and
 * Gansu's on 2019), template reports from 2019; two provincial governments' aggregate
 * reports; an amendment under review whose accepted figures count; a late report; a
 * report submitted and not yet accepted; a draft of an expected agency that has not
 * submitted; an agency created in 2023. Populations (made up, round) for every province
 * but Guangdong; Gansu's 2017 report states its requests "at least", Zhejiang's "about";
 * a few 2022 reports carry their mandated sections.
 * <p>
 * The expected values in the tests are computed by hand from the figures here.
 */
final class TestNation {

	static final Instant SYNCED = Instant.parse("2023-04-01T08:00:00Z");

	static final Instant SYNCED_EARLIER = Instant.parse("2023-03-30T08:00:00Z");

	private TestNation() {
	}

	static void seed(String uri) {
		try (MongoClient client = MongoClients.create(uri)) {
			MongoDatabase database = client.getDatabase("gongkai_analytics");
			database.getCollection("analytics_agencies").insertMany(agencies());
			database.getCollection("analytics_reports").insertMany(reports());
			database.getCollection("sync_cursors").insertMany(cursors());
			database.getCollection("analytics_provinces").insertMany(provinces());
		}
	}

	static List<Document> cursors() {
		List<Document> cursors = new ArrayList<>();
		for (String province : List.of("210000", "620000", "330000", "110000")) {
			cursors.add(new Document("_id", province).append("after", 10L)
				.append("lastSyncedAt", Date.from(SYNCED))
				.append("state", "ok"));
		}
		cursors.add(new Document("_id", "440000").append("after", 3L)
			.append("lastSyncedAt", Date.from(SYNCED_EARLIER))
			.append("state", "ok"));
		return cursors;
	}

	/** The provinces' populations: 1.5 million in Liaoning, none known in Guangdong. */
	static List<Document> provinces() {
		return List.of(province("210000", 1_500_000L), province("620000", 250_000L), province("330000", 4_000_000L),
				province("110000", 2_000_000L), province("440000", null));
	}

	private static Document province(String code, Long residents) {
		return new Document("_id", code).append("population", (residents != null)
				? new Document("residents", residents).append("year", 2020).append("source", "测试人口") : null);
	}

	/** The six mandated sections, all present but the given ones. */
	static Document sections(String... missing) {
		Document sections = new Document();
		for (int section = 1; section <= 6; section++) {
			sections.append("s" + section, !List.of(missing).contains("s" + section));
		}
		return sections;
	}

	static List<Document> agencies() {
		return List.of(agency("210000-gov", "210000", "辽宁省人民政府", "province", "government", "aggregate", null),
				agency("ln-rst", "210000", "辽宁省人力资源和社会保障厅", "province", "department", "own", null),
				agency("ln-fgw", "210000", "辽宁省发展和改革委员会", "province", "department", "own", null),
				agency("ln-sy-jyj", "210000", "沈阳市教育局", "prefecture", "department", "own", null),
				agency("ln-sjj", "210000", "辽宁省数据局", "province", "department", "own", 2023),
				agency("620000-gov", "620000", "甘肃省人民政府", "province", "government", "aggregate", null),
				agency("gs-rst", "620000", "甘肃省人力资源和社会保障厅", "province", "department", "own", null),
				agency("gs-jyt", "620000", "甘肃省教育厅", "province", "department", "own", null),
				agency("gs-tjj", "620000", "甘肃省统计局", "province", "department", "own", null),
				agency("zj-rst", "330000", "浙江省人力资源和社会保障厅", "province", "department", "own", null),
				agency("zj-jyt", "330000", "浙江省教育厅", "province", "department", "own", null),
				agency("zj-hz-gov", "330000", "杭州市人民政府", "prefecture", "government", "own", null),
				agency("bj-rsj", "110000", "北京市人力资源和社会保障局", "province", "department", "own", null),
				agency("gd-rst", "440000", "广东省人力资源和社会保障厅", "province", "department", "own", null));
	}

	static List<Document> reports() {
		List<Document> reports = new ArrayList<>();
		// 2017: legacy reports, catalogue metrics only
		reports.add(legacy("ln-rst-2017", "210000", "ln-rst", 2017, metrics("requests.received", 80,
				"requests.answered", 80, "requests.granted", 60, "requests.partial", 5, "requests.denied", 15)));
		reports.add(
				legacy("gs-rst-2017", "620000", "gs-rst", 2017,
						qualified(
								metrics("requests.received", 40, "requests.answered", 40, "requests.granted", 30,
										"requests.partial", 2, "requests.denied", 8),
								"requests.received", "at_least")));
		reports.add(
				legacy("zj-rst-2017", "330000", "zj-rst", 2017,
						qualified(
								metrics("requests.received", 300, "requests.answered", 290, "requests.granted", 250,
										"requests.partial", 10, "requests.denied", 30),
								"requests.received", "approx")));
		// 2019: Liaoning on the trial template, Gansu's text uploaded as a legacy report
		// (no partial disclosure stated)
		reports.add(template("ln-rst-2019", "210000", "ln-rst", 2019, "template2019",
				new Cells().t3("new_received", 90)
					.t3("carried_over", 0)
					.t3("results.granted", 70)
					.t3("results.partial", 5)
					.t3("results.denied.state_secret", 3)
					.t3("results.unable.not_held", 12)
					.t3("results.total", 90)
					.t3("carried_forward", 0)));
		reports.add(legacy("gs-rst-2019", "620000", "gs-rst", 2019, metrics("requests.received", 35,
				"requests.answered", 35, "requests.granted", 30, "requests.denied", 5)));
		// 2020: five provinces; Guangdong discloses far less than the others
		reports.add(template("ln-rst-2020", "210000", "ln-rst", 2020, "template2019",
				simple(100, 60, 10, "results.unable.not_held", 30, 100, 0).cell("t2.art20_1.rules.new_made", 3)));
		reports.add(template("gs-rst-2020", "620000", "gs-rst", 2020, "template2019",
				simple(50, 36, 0, "results.not_processed.repeat", 14, 50, 0)));
		reports.add(template("zj-rst-2020", "330000", "zj-rst", 2020, "template2019",
				simple(200, 150, 0, "results.unable.not_held", 50, 200, 0).cell("t2.art20_1.rules.new_made", 5)));
		reports.add(template("bj-rsj-2020", "110000", "bj-rsj", 2020, "template2019",
				simple(100, 68, 0, "results.denied.third_party", 32, 100, 0)));
		reports.add(template("gd-rst-2020", "440000", "gd-rst", 2020, "template2019",
				simple(100, 20, 0, "results.denied.process_info", 80, 100, 0)));
		// 2021
		reports.add(template("ln-rst-2021", "210000", "ln-rst", 2021, "template2021",
				simple(15, 5, 0, "results.granted", 0, 5, 10).cell("t2.art20_1.rules.made", 4)));
		reports.add(template("gs-rst-2021", "620000", "gs-rst", 2021, "template2021",
				simple(25, 20, 5, "results.granted", 0, 25, 0)));
		reports.add(template("gs-jyt-2021", "620000", "gs-jyt", 2021, "template2021",
				simple(10, 7, 0, "results.granted", 0, 7, 3)));
		reports.add(template("zj-rst-2021", "330000", "zj-rst", 2021, "template2021",
				simple(60, 50, 0, "results.denied.state_secret", 10, 60, 0)));
		reports.add(template("zj-jyt-2021", "330000", "zj-jyt", 2021, "template2021",
				simple(190, 150, 20, "results.unable.not_held", 20, 190, 0)));
		reports.add(template("zj-hz-gov-2021", "330000", "zj-hz-gov", 2021, "template2021",
				simple(550, 500, 0, "results.not_processed.repeat", 50, 550, 0)));
		// 2022
		reports.add(template("210000-gov-2022", "210000", "210000-gov", 2022, "template2021",
				new Cells().t3("new_received", 1000)
					.t3("carried_over", 10)
					.t3("results.granted", 600)
					.t3("results.partial", 100)
					.t3("results.denied.state_secret", 100)
					.t3("results.unable.not_held", 100)
					.t3("results.total", 900)
					.t3("carried_forward", 110))
			.append("scope", "aggregate")
			.append("agencyKind", "government")
			.append("sections", sections()));
		reports.add(template("ln-rst-2022", "210000", "ln-rst", 2022, "template2021",
				new Cells().t3("new_received", 100)
					.t3("carried_over", 10)
					.t3("results.granted", 50)
					.t3("results.partial", 10)
					.t3("results.denied.state_secret", 5)
					.t3("results.denied.third_party", 5)
					.t3("results.unable.not_held", 10)
					.t3("results.not_processed.repeat", 10)
					.t3("results.total", 90)
					.t3("carried_forward", 20)
					.t4("review", 2, 1, 1, 0)
					.t4("litigation.direct", 1, 1, 0, 0)
					.t4("litigation.after_review", 0, 0, 0, 0))
			.append("sections", sections()));
		// amended: the amendment is under review, the accepted version 1 gives the
		// figures
		reports.add(template("ln-fgw-2022", "210000", "ln-fgw", 2022, "template2021",
				new Cells().t3("new_received", 50)
					.t3("carried_over", 0)
					.t3("results.granted", 20)
					.t3("results.partial", 10)
					.t3("results.unable.need_creation", 10)
					.t3("results.total", 40)
					.t3("carried_forward", 10)
					.t4("review", 0, 0, 0, 0)
					.t4("litigation.direct", 0, 0, 0, 0)
					.t4("litigation.after_review", 0, 0, 0, 0))
			.append("status", "submitted")
			.append("figuresVersion", 1)
			.append("figuresStatus", "published"));
		// submitted late, not yet accepted: no figures
		reports.add(pending("ln-sy-jyj-2022", "210000", "ln-sy-jyj", 2022));
		reports.add(template("620000-gov-2022", "620000", "620000-gov", 2022, "template2021",
				simple(500, 300, 50, "results.denied.state_secret", 50, 400, 100))
			.append("scope", "aggregate")
			.append("agencyKind", "government")
			.append("sections", sections("s2", "s4")));
		// accepted, but submitted late
		reports.add(template("gs-rst-2022", "620000", "gs-rst", 2022, "template2021",
				new Cells().t3("new_received", 30)
					.t3("carried_over", 0)
					.t3("results.granted", 10)
					.t3("results.partial", 5)
					.t3("results.denied.third_party", 5)
					.t3("results.not_processed.petition", 10)
					.t3("results.total", 30)
					.t3("carried_forward", 0)
					.t4("review", 1, 1, 0, 1)
					.t4("litigation.direct", 0, 1, 0, 0))
			.append("onTime", false)
			.append("sections", sections("s5")));
		// carries over 5 requests where 2021 carried 3 forward: an R5 break; T4 left
		// blank
		reports.add(template("gs-jyt-2022", "620000", "gs-jyt", 2022, "template2021",
				simple(20, 15, 0, "results.unable.not_held", 5, 20, 5).t3("carried_over", 5))
			.append("status", "accepted")
			.append("figuresStatus", "accepted"));
		reports.add(draft("gs-tjj-2022", "620000", "gs-tjj", 2022));
		reports.add(template("zj-rst-2022", "330000", "zj-rst", 2022, "template2021",
				new Cells().t3("new_received", 400)
					.t3("carried_over", 0)
					.t3("results.granted", 300)
					.t3("results.partial", 20)
					.t3("results.denied.state_secret", 20)
					.t3("results.unable.not_held", 40)
					.t3("results.total", 380)
					.t3("carried_forward", 20)
					.t4("review", 5, 0, 0, 0)
					.t4("litigation.direct", 0, 0, 0, 0)
					.t4("litigation.after_review", 0, 0, 0, 0))
			.append("sections", sections()));
		reports.add(template("zj-jyt-2022", "330000", "zj-jyt", 2022, "template2021",
				simple(200, 150, 10, "results.not_processed.repeat", 40, 200, 0)));
		reports.add(template("zj-hz-gov-2022", "330000", "zj-hz-gov", 2022, "template2021",
				simple(600, 500, 0, "results.denied.internal_affairs", 100, 600, 0))
			.append("agencyKind", "government"));
		return reports;
	}

	static Document agency(String id, String province, String name, String level, String kind, String scope,
			Integer createdYear) {
		return new Document("_id", id).append("province", province)
			.append("name", name)
			.append("level", level)
			.append("kind", kind)
			.append("scope", scope)
			.append("parentId", null)
			.append("regionCode", province)
			.append("active", true)
			.append("createdYear", createdYear)
			.append("abolishedYear", null);
	}

	static Document legacy(String id, String province, String agency, int year, Document metrics) {
		return report(id, province, agency, year, "legacy").append("figuresVersion", 1)
			.append("figuresStatus", "published")
			.append("metrics", metrics)
			.append("cells", new Document());
	}

	static Document template(String id, String province, String agency, int year, String format, Cells cells) {
		return report(id, province, agency, year, format).append("figuresVersion", 1)
			.append("figuresStatus", "published")
			.append("metrics", new Document())
			.append("cells", cells.document());
	}

	static Document pending(String id, String province, String agency, int year) {
		return report(id, province, agency, year, "template2021").append("status", "submitted")
			.append("onTime", false)
			.append("figuresVersion", null)
			.append("figuresStatus", null)
			.append("metrics", new Document())
			.append("cells", new Document());
	}

	static Document draft(String id, String province, String agency, int year) {
		return report(id, province, agency, year, "template2021").append("status", "draft")
			.append("onTime", null)
			.append("submittedAt", null)
			.append("figuresVersion", null)
			.append("figuresStatus", null)
			.append("metrics", new Document())
			.append("cells", new Document());
	}

	private static Document report(String id, String province, String agency, int year, String format) {
		String name = agencies().stream()
			.filter((each) -> each.getString("_id").equals(agency))
			.map((each) -> each.getString("name"))
			.findFirst()
			.orElse(agency);
		return new Document("_id", id).append("province", province)
			.append("agencyId", agency)
			.append("agencyName", name)
			.append("year", year)
			.append("format", format)
			.append("scope", "own")
			.append("agencyKind", "department")
			.append("status", "published")
			.append("deadline", (year + 1) + "-03-31")
			.append("submittedAt", Date.from(Instant.parse((year + 1) + "-03-20T08:00:00Z")))
			.append("onTime", true)
			.append("seq", 1L)
			.append("syncedAt", Date.from(SYNCED));
	}

	/** The metrics with one of them stated "at least" or "about". */
	static Document qualified(Document metrics, String id, String qualifier) {
		metrics.get(id, Document.class).put("qualifier", qualifier);
		return metrics;
	}

	static Document metrics(Object... idsAndValues) {
		Document metrics = new Document();
		for (int i = 0; i < idsAndValues.length; i += 2) {
			metrics.append((String) idsAndValues[i],
					new Document("value", ((Integer) idsAndValues[i + 1]).longValue()).append("qualifier", "exact"));
		}
		return metrics;
	}

	/**
	 * A T3 with new requests, results (granted, partial and one other row) and what is
	 * carried forward; nothing carried over; T4 blank.
	 */
	static Cells simple(long received, long granted, long partial, String otherRow, long other, long total,
			long forward) {
		Cells cells = new Cells().t3("new_received", received)
			.t3("carried_over", 0)
			.t3("results.granted", granted)
			.t3("results.partial", partial);
		if (!otherRow.equals("results.granted")) {
			cells.t3(otherRow, other);
		}
		return cells.t3("results.total", total).t3("carried_forward", forward);
	}

	/** Template cells by id, the total column of T3 and the columns of T4. */
	static final class Cells {

		private final Map<String, Object> values = new LinkedHashMap<>();

		Cells t3(String row, long total) {
			this.values.put("t3." + row + ".total", total);
			return this;
		}

		Cells cell(String id, long value) {
			this.values.put(id, value);
			return this;
		}

		Cells t4(String group, long maintained, long corrected, long other, long pending) {
			this.values.put("t4." + group + ".maintained", maintained);
			this.values.put("t4." + group + ".corrected", corrected);
			this.values.put("t4." + group + ".other", other);
			this.values.put("t4." + group + ".pending", pending);
			this.values.put("t4." + group + ".total", maintained + corrected + other + pending);
			return this;
		}

		Document document() {
			return new Document(this.values);
		}

	}

}
