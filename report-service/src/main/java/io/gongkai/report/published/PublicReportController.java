package io.gongkai.report.published;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.problem.RequestLanguage;
import io.gongkai.report.document.OfficialDocuments;
import io.gongkai.report.exchange.ExchangeExports;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.template.ReportingCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Published reports for everyone, without signing in: browse by province, agency and
 * year, search by agency name, read one report (its last published version, saying when
 * it was amended) and download it as Word or in the exchange format. Everything here is
 * read from the published reports alone ({@link PublishedReports}); no other report, nor
 * any comment, explanation, audit entry or account, can be reached through it. Answers
 * carry {@code ETag} and {@code Cache-Control}; {@code If-None-Match} answers 304.
 */
@RestController
@Validated
@Tag(name = "public", description = "Published reports, open to everyone without signing in")
class PublicReportController {

	static final String REPORTS = "/api/public/reports";

	private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}0000");

	private final PublishedReports reports;

	private final PublishedSearch search;

	private final ProvinceNames names;

	private final PublicFigures figures;

	private final CacheControl caching;

	PublicReportController(PublishedReports reports, PublishedSearch search, ProvinceNames names, PublicFigures figures,
			PublicSettings settings) {
		this.reports = reports;
		this.figures = figures;
		this.search = search;
		this.names = names;
		this.caching = CacheControl.maxAge(settings.maxAge()).cachePublic();
	}

	@Operation(summary = "Published reports, newest year first",
			description = "Filter by province, year and agency; q searches agency names as the registry does.")
	@GetMapping(REPORTS)
	ResponseEntity<PublicReportPage> list(@RequestParam Optional<String> province, @RequestParam Optional<Integer> year,
			@RequestParam Optional<String> agency, @RequestParam Optional<String> q,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.min}") int page,
			@RequestParam(defaultValue = "20") @Min(value = 1, message = "{size.min}") @Max(value = 200,
					message = "{size.max200}") int size) {
		province.ifPresent(PublicReportController::requireProvinceCode);
		Optional<String> text = q.map(String::strip).filter((value) -> !value.isEmpty());
		PublicReportQuery query = new PublicReportQuery(province, year, agency, text, page, size);
		PublicReportPage answer = text.isPresent() ? this.search.search(query, text.get())
				: this.reports.list(query, Optional.empty());
		return ResponseEntity.ok().cacheControl(this.caching).body(answer);
	}

	@Operation(summary = "Provinces with how many reports they published per year")
	@GetMapping("/api/public/provinces")
	ResponseEntity<List<PublicProvince>> provinces() {
		Map<String, TreeMap<Integer, Integer>> counts = new TreeMap<>();
		for (PublishedReports.ProvinceYear row : this.reports.provinceYears()) {
			counts.computeIfAbsent(row.provinceCode(), (code) -> new TreeMap<>()).merge(row.year(), 1, Integer::sum);
		}
		List<PublicProvince> provinces = new ArrayList<>();
		this.names.all().forEach((code, name) -> {
			TreeMap<Integer, Integer> years = counts.getOrDefault(code, new TreeMap<>());
			provinces.add(new PublicProvince(code, name, years.values().stream().mapToInt(Integer::intValue).sum(),
					years.descendingMap()));
		});
		return ResponseEntity.ok().cacheControl(this.caching).body(provinces);
	}

	@Operation(summary = "The years with published reports, newest first")
	@GetMapping("/api/public/years")
	ResponseEntity<List<Integer>> years() {
		TreeSet<Integer> years = new TreeSet<>();
		this.reports.provinceYears().forEach((row) -> years.add(row.year()));
		return ResponseEntity.ok().cacheControl(this.caching).body(new ArrayList<>(years.descendingSet()));
	}

	@Operation(summary = "One published report: its last published version",
			description = "figures: every catalogue figure it states, with the cells of the official document that "
					+ "hold it and, for a report read from its published text, the sentence it was read from.")
	@GetMapping(REPORTS + "/{id}")
	ResponseEntity<PublicReportView> report(@PathVariable String id, WebRequest request) {
		PublishedReport published = published(id);
		// the figures' names are in the reader's language
		String representation = "json-" + RequestLanguage.current().getLanguage();
		if (request.checkNotModified(published.etag(representation))) {
			return notModified(published, representation);
		}
		PublicReportView view = PublicReportView.of(this.names.summary(published), published,
				this.figures.of(published));
		return ResponseEntity.ok()
			.cacheControl(this.caching)
			.eTag(published.etag(representation))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(view);
	}

	/**
	 * @param format {@code html} or {@code docx}, overriding {@code Accept}
	 */
	@Operation(summary = "A published report as its official document, HTML or Word (.docx)")
	@GetMapping(REPORTS + "/{id}/document")
	ResponseEntity<byte[]> document(@PathVariable String id, @RequestParam Optional<String> format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, WebRequest request) {
		PublishedReport published = published(id);
		boolean word = OfficialDocuments.wantsWord(format, accept);
		String representation = word ? "docx" : "html";
		if (request.checkNotModified(published.etag(representation))) {
			return notModified(published, representation);
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.cacheControl(this.caching)
			.eTag(published.etag(representation))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.header("X-Report-Version", String.valueOf(published.shown().number()));
		byte[] body = OfficialDocuments.render(published.report(), published.shown(), word, amendedNotice(published));
		if (word) {
			return answer.contentType(OfficialDocuments.DOCX)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						OfficialDocuments.attachment(published.report(), published.shown()))
				.body(body);
		}
		return answer.contentType(OfficialDocuments.HTML).body(body);
	}

	@Operation(summary = "A published report in the exchange format gongkai.report/v1")
	@GetMapping(path = REPORTS + "/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> export(@PathVariable String id, WebRequest request) {
		PublishedReport published = published(id);
		if (request.checkNotModified(published.etag("exchange"))) {
			return notModified(published, "exchange");
		}
		Object document = ExchangeExports.export(published.provinceCode(), published.report(), published.shown(),
				published.publishedAt());
		return ResponseEntity.ok().cacheControl(this.caching).eTag(published.etag("exchange")).body(document);
	}

	private PublishedReport published(String id) {
		return this.reports.find(id)
			.orElseThrow(() -> new ProblemException(ReportProblem.PUBLISHED_REPORT_NOT_FOUND, id));
	}

	private <T> ResponseEntity<T> notModified(PublishedReport published, String representation) {
		return ResponseEntity.status(304).cacheControl(this.caching).eTag(published.etag(representation)).build();
	}

	/**
	 * Printed under the title of an amended report: the first publication and the
	 * amendment.
	 */
	private static String amendedNotice(PublishedReport published) {
		if (!published.amended()) {
			return null;
		}
		return "本报告于" + PublicDates.day(published.firstPublishedAt()) + "首次发布，"
				+ PublicDates.day(published.publishedAt()) + "更正；以下为更正后的第" + published.shown().number() + "版。";
	}

	private static void requireProvinceCode(String code) {
		if (!PROVINCE_CODE.matcher(code).matches()) {
			throw new ProblemException(ReportProblem.INVALID_PROVINCE, code).with("field", "province");
		}
	}

	/** Instants as days in China time. */
	static final class PublicDates {

		private PublicDates() {
		}

		static String day(Instant instant) {
			java.time.LocalDate day = instant.atZone(ReportingCalendar.CHINA).toLocalDate();
			return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
		}

	}

}
