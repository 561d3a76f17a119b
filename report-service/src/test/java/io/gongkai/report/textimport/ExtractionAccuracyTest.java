package io.gongkai.report.textimport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Field-level precision and recall of the extractor over every report with expected
 * answers, written to {@code target/extraction-accuracy.md} (the figures of
 * {@code docs/extraction-accuracy.md}). A prediction is a non-null field, a flag raised
 * or a metric returned; it is right when it equals the expected one (value and qualifier
 * for metrics).
 */
class ExtractionAccuracyTest {

	private static final List<String> SCALARS = List.of("agencyName", "provinceCode", "year", "publishedOn", "format");

	private final TextExtractor extractor = new TextExtractor();

	/** Counts of one field: right predictions, wrong or extra predictions, misses. */
	static final class Tally {

		int right;

		int wrong;

		int missed;

		double precision() {
			return (this.right + this.wrong == 0) ? 1.0 : (double) this.right / (this.right + this.wrong);
		}

		double recall() {
			return (this.right + this.missed == 0) ? 1.0 : (double) this.right / (this.right + this.missed);
		}

		void add(Tally other) {
			this.right += other.right;
			this.wrong += other.wrong;
			this.missed += other.missed;
		}

	}

	@Test
	void fieldLevelPrecisionAndRecallAreMeasuredAndWritten() throws Exception {
		Map<String, Map<String, Tally>> bySet = new LinkedHashMap<>();
		bySet.put("seeds", measure(ReportCases.seeds()));
		bySet.put("written", measure(ReportCases.written()));
		bySet.put("holdout", measure(ReportCases.holdout()));
		bySet.put("corpus", measure(ReportCases.corpus()));

		write(bySet);

		Tally tuned = total(bySet.get("seeds"));
		tuned.add(total(bySet.get("written")));
		assertThat(tuned.precision()).isEqualTo(1.0);
		assertThat(tuned.recall()).isEqualTo(1.0);
		Tally holdout = total(bySet.get("holdout"));
		assertThat(holdout.precision()).isGreaterThanOrEqualTo(0.9);
		assertThat(holdout.recall()).isGreaterThanOrEqualTo(0.85);
		Map<String, Tally> corpus = bySet.get("corpus");
		Tally figures = new Tally();
		Tally metadata = new Tally();
		corpus.forEach((field, tally) -> {
			if (SCALARS.contains(field)) {
				metadata.add(tally);
			}
			else if (!field.startsWith("flag ")) {
				figures.add(tally);
			}
		});
		double f1 = 2 * figures.precision() * figures.recall() / (figures.precision() + figures.recall());
		assertThat(f1).as("figures F1 on real reports").isGreaterThanOrEqualTo(0.95);
		assertThat(metadata.recall()).as("metadata right on real reports").isGreaterThanOrEqualTo(0.95);
	}

	private Map<String, Tally> measure(Stream<ReportCases.ReportCase> cases) throws TextImportException {
		Map<String, Tally> tallies = new LinkedHashMap<>();
		for (ReportCases.ReportCase report : cases.toList()) {
			JsonNode actual = ExpectedResults.asJson(this.extractor.extract(report.source(), report.bytes()));
			JsonNode expected = report.expected();
			for (String field : SCALARS) {
				count(tallies, field, accepted(expected.get(field), text(actual.get(field))), text(actual.get(field)));
			}
			for (TextFlag flag : TextFlag.values()) {
				String name = flag.wireName();
				count(tallies, "flag " + name,
						ExpectedResults.strings(expected.get("flags")).contains(name) ? name : null,
						ExpectedResults.strings(actual.get("flags")).contains(name) ? name : null);
			}
			Map<String, String> want = ExpectedResults.metrics(expected);
			Map<String, String> got = ExpectedResults.metrics(actual);
			for (MetricRule rule : MetricRules.RULES) {
				count(tallies, rule.metric(), want.get(rule.metric()), got.get(rule.metric()));
			}
		}
		return tallies;
	}

	private static void count(Map<String, Tally> tallies, String field, String expected, String actual) {
		Tally tally = tallies.computeIfAbsent(field, (f) -> new Tally());
		if (actual != null && Objects.equals(expected, actual)) {
			tally.right++;
			return;
		}
		if (actual != null) {
			tally.wrong++;
		}
		if (expected != null) {
			tally.missed++;
		}
	}

	/**
	 * The expected value; where the answer lists several fair forms (a short and a full
	 * name), the one given when it is among them.
	 */
	private static String accepted(JsonNode expected, String actual) {
		if (expected != null && expected.isArray()) {
			List<String> forms = ExpectedResults.strings(expected).stream().toList();
			return forms.contains(actual) ? actual : forms.get(0);
		}
		return text(expected);
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

	private static Tally total(Map<String, Tally> tallies) {
		Tally total = new Tally();
		tallies.values().forEach(total::add);
		return total;
	}

	private static void write(Map<String, Map<String, Tally>> bySet) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("| field | " + String.join(" | ", bySet.keySet().stream().map((s) -> s + " P | " + s + " R").toList())
				+ " |");
		lines.add("|---" + "|---:".repeat(bySet.size() * 2) + "|");
		Map<String, Tally> first = bySet.values().iterator().next();
		List<String> fields = new ArrayList<>(first.keySet());
		fields.add("all fields");
		for (String field : fields) {
			StringBuilder row = new StringBuilder("| ").append(field);
			for (Map<String, Tally> tallies : bySet.values()) {
				Tally tally = field.equals("all fields") ? total(tallies) : tallies.getOrDefault(field, new Tally());
				row.append(String.format(Locale.ROOT, " | %.3f (%d/%d) | %.3f (%d/%d)", tally.precision(), tally.right,
						tally.right + tally.wrong, tally.recall(), tally.right, tally.right + tally.missed));
			}
			lines.add(row.append(" |").toString());
		}
		Path out = Path.of("target", "extraction-accuracy.md");
		Files.createDirectories(out.getParent());
		Files.write(out, lines);
	}

}
