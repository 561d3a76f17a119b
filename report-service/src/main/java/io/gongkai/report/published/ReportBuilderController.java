package io.gongkai.report.published;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.gongkai.platform.download.DownloadNames;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.problem.RequestLanguage;
import io.gongkai.report.glossary.Glossary;
import io.gongkai.report.glossary.GlossaryEntry;
import io.gongkai.report.problem.ReportProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report builder, open to everyone: agencies or provinces × figures × years over the
 * published reports, filtered by value, as a page of JSON or every row as CSV or Excel,
 * with the link that asks the same again.
 */
@RestController
@Validated
@Tag(name = "public", description = "Published reports, open to everyone without signing in")
class ReportBuilderController {

	static final String BUILDER = "/api/public/builder";

	static final String PAGE = "/public/builder.html";

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}0000");

	private final ReportBuilder builder;

	private final Glossary glossary;

	private final CacheControl caching;

	ReportBuilderController(ReportBuilder builder, Glossary glossary, PublicSettings settings) {
		this.builder = builder;
		this.glossary = glossary;
		this.caching = CacheControl.maxAge(settings.maxAge()).cachePublic();
	}

	/**
	 * @param by {@code agency} (default) or {@code province}
	 * @param figure figure and rate ids of the glossary, comma-separated or repeated
	 * @param filter conditions such as {@code requests.received>100}, repeated
	 * @param format {@code json} (default), {@code csv} or {@code xlsx}
	 */
	@Operation(summary = "Agencies or provinces × figures × years over published reports, filtered by value",
			description = "by=agency|province; figure=ids of the glossary (at most 12); year, province, agency "
					+ "narrow it; filter=figure>value (>, <, =, >=, <=), repeated; format=json|csv|xlsx. "
					+ "Reports read × figures at most 100,000.")
	@GetMapping(BUILDER)
	ResponseEntity<?> table(@RequestParam(defaultValue = "agency") String by,
			@RequestParam(defaultValue = "") List<String> figure, @RequestParam(defaultValue = "") List<Integer> year,
			@RequestParam(defaultValue = "") List<String> province,
			@RequestParam(defaultValue = "") List<String> agency, @RequestParam(defaultValue = "") List<String> filter,
			@RequestParam Optional<String> format,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.min}") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "{size.min}") @Max(value = 200,
					message = "{size.max200}") int size) {
		String wanted = format.map(String::strip).orElse("json");
		if (!List.of("json", "csv", "xlsx").contains(wanted)) {
			throw new ProblemException(ReportProblem.INVALID_TABLE_FORMAT, wanted).with("field", "format");
		}
		if (!by.equals("agency") && !by.equals("province")) {
			throw new ProblemException(ReportProblem.INVALID_GROUPING, by).with("field", "by");
		}
		List<String> figures = this.builder.figures(split(figure));
		List<TableFilter> filters = new ArrayList<>();
		for (String written : filter) {
			if (written.isBlank()) {
				continue;
			}
			TableFilter parsed = TableFilter.parse(written);
			if (!figures.contains(parsed.figure())) {
				throw TableFilter.invalid(written);
			}
			filters.add(parsed);
		}
		Set<String> provinces = new LinkedHashSet<>(split(province));
		provinces.forEach((code) -> {
			if (!PROVINCE_CODE.matcher(code).matches()) {
				throw new ProblemException(ReportProblem.INVALID_PROVINCE, code).with("field", "province");
			}
		});
		Set<Integer> years = new LinkedHashSet<>(year.stream().filter((y) -> y != null).toList());
		TableQuery query = new TableQuery(by.equals("province"), figures, years, provinces,
				new LinkedHashSet<>(split(agency)), filters, page, size);
		List<PublicTable.Row> rows = this.builder.rows(query);
		String queryString = query.queryString();
		if (!wanted.equals("json")) {
			DownloadTable table = this.builder.download(query, rows);
			boolean csv = wanted.equals("csv");
			String name = (query.byProvince() ? "已发布报告各省汇总" : "已发布报告各机构数据") + "." + wanted;
			String englishName = "published-reports-by-" + (query.byProvince() ? "province" : "agency") + "." + wanted;
			return ResponseEntity.ok()
				.cacheControl(this.caching)
				.contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						DownloadNames.attachment(Locale.ENGLISH.equals(RequestLanguage.current()) ? englishName : name,
								englishName))
				.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
				.body(csv ? table.csv() : table.xlsx());
		}
		List<PublicTable.Column> columns = figures.stream().map((id) -> {
			GlossaryEntry entry = this.glossary.entry(id).orElseThrow();
			return new PublicTable.Column(id, entry.name(), entry.unit(), entry.header(), entry.link());
		}).toList();
		int from = (int) Math.min((long) page * size, rows.size());
		int to = Math.min(from + size, rows.size());
		return ResponseEntity.ok()
			.cacheControl(this.caching)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(new PublicTable(columns, inLanguage(rows.subList(from, to)), page, size, rows.size(),
					PAGE + "?" + queryString, Map.of("csv", BUILDER + "?" + queryString + "&format=csv", "xlsx",
							BUILDER + "?" + queryString + "&format=xlsx")));
	}

	/** The rows as the reader reads them: their levels in English for English. */
	private static List<PublicTable.Row> inLanguage(List<PublicTable.Row> rows) {
		return Locale.ENGLISH.equals(RequestLanguage.current()) ? rows.stream().map(PublicTable.Row::inEnglish).toList()
				: rows;
	}

	private static List<String> split(List<String> values) {
		List<String> all = new ArrayList<>();
		for (String value : values) {
			for (String part : value.split(",")) {
				if (!part.isBlank()) {
					all.add(part.strip());
				}
			}
		}
		return all;
	}

}
