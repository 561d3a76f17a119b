package io.gongkai.report.published;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.gongkai.platform.download.DownloadNames;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.problem.RequestLanguage;
import io.gongkai.report.exchange.ExchangeExports;
import io.gongkai.report.glossary.FigureReading;
import io.gongkai.report.glossary.Glossary;
import io.gongkai.report.glossary.GlossaryEntry;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.report.AgencyKind;
import io.gongkai.report.template.TemplateFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Per year, every published report in the exchange format as one archive, and every
 * figure of every published report as one CSV, under a stated licence with a data
 * dictionary. Built on request and kept, per year, with the tag of the year's published
 * reports (their ids and revisions, {@link PublishedReports#yearTag}): a publication or a
 * published amendment changes the tag, so the next request builds the file again and
 * nothing is ever served stale; a year nobody asks for costs nothing. The tag is the
 * {@code ETag}, so {@code If-None-Match} answers 304 without building anything.
 */
@RestController
@Tag(name = "public", description = "Published reports, open to everyone without signing in")
class PublicBulkController {

	static final String BULK = "/api/public/bulk";

	private final PublishedReports reports;

	private final ProvinceNames names;

	private final Glossary glossary;

	private final JsonMapper json;

	private final CacheControl caching;

	private final OpenData openData = OpenData.read();

	/** The last file built per year and kind, with the tag it was built for. */
	private final Map<String, Built> built = new ConcurrentHashMap<>();

	PublicBulkController(PublishedReports reports, ProvinceNames names, Glossary glossary, JsonMapper json,
			PublicSettings settings) {
		this.reports = reports;
		this.names = names;
		this.glossary = glossary;
		this.json = json;
		this.caching = CacheControl.maxAge(settings.maxAge()).cachePublic();
	}

	@Operation(summary = "The yearly downloads, their licence and the data dictionary of the figures CSV",
			description = "In Chinese, in English with Accept-Language: en; the CSV's headers are Chinese either way.")
	@GetMapping(BULK)
	ResponseEntity<BulkIndex> index() {
		TreeMap<Integer, Integer> counts = new TreeMap<>();
		this.reports.provinceYears().forEach((row) -> counts.merge(row.year(), 1, Integer::sum));
		List<BulkIndex.Year> years = new ArrayList<>();
		counts.descendingMap()
			.forEach((year, count) -> years.add(new BulkIndex.Year(year, count, BULK + "/" + year + "/figures.csv",
					BULK + "/" + year + "/reports.zip")));
		return ResponseEntity.ok()
			.cacheControl(this.caching)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(new BulkIndex(this.openData.licence(RequestLanguage.current()),
					this.openData.dictionary(RequestLanguage.current()), years));
	}

	@Operation(summary = "Every figure of every published report of a year, as CSV with Chinese headers")
	@GetMapping(BULK + "/{year}/figures.csv")
	ResponseEntity<byte[]> figures(@PathVariable int year, WebRequest request) {
		return file(year, "figures", request, () -> figuresCsv(year),
				new MediaType("text", "csv", StandardCharsets.UTF_8), year + "年已发布报告指标数据.csv",
				"published-report-figures-" + year + ".csv");
	}

	@Operation(summary = "Every published report of a year in the exchange format gongkai.report/v1, as a zip")
	@GetMapping(BULK + "/{year}/reports.zip")
	ResponseEntity<byte[]> archive(@PathVariable int year, WebRequest request) {
		return file(year, "reports", request, () -> archiveOf(year), MediaType.parseMediaType("application/zip"),
				year + "年已发布报告.zip", "published-reports-" + year + ".zip");
	}

	/**
	 * A year's file, named in the reader's language ({@code englishName} also for clients
	 * that read only ASCII names).
	 */
	private ResponseEntity<byte[]> file(int year, String kind, WebRequest request,
			java.util.function.Supplier<byte[]> build, MediaType type, String name, String englishName) {
		String tag = this.reports.yearTag(year);
		if (tag == null) {
			throw new ProblemException(ReportProblem.PUBLISHED_YEAR_NOT_FOUND, year);
		}
		String etag = "\"" + kind + "-" + tag + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).cacheControl(this.caching).eTag(etag).build();
		}
		String key = kind + "/" + year;
		Built file = this.built.get(key);
		if (file == null || !file.tag().equals(tag)) {
			file = new Built(tag, build.get());
			this.built.put(key, file);
		}
		return ResponseEntity.ok()
			.cacheControl(this.caching)
			.eTag(etag)
			.contentType(type)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					DownloadNames.attachment(Locale.ENGLISH.equals(RequestLanguage.current()) ? englishName : name,
							englishName))
			.body(file.bytes());
	}

	private byte[] figuresCsv(int year) {
		List<List<Object>> rows = new ArrayList<>();
		List<GlossaryEntry> figures = this.glossary.entriesInChinese()
			.stream()
			.filter(GlossaryEntry::isFigure)
			.toList();
		for (PublishedReport report : this.reports.matching(Set.of(), Set.of(year), Set.of())) {
			for (GlossaryEntry figure : figures) {
				FigureReading reading = this.glossary
					.readInChinese(figure.id(), report.report().format(), report.shown().content())
					.orElse(null);
				if (reading == null) {
					continue;
				}
				rows.add(List.of(report.id(), this.names.name(report.provinceCode()),
						report.shown().content().agencyName(), report.report().agencyId(),
						AgencyLevels.of(report.report().agencyId()), kind(report.report().kind()), year,
						format(report.report().format()), figure.id(), figure.name(), figure.unit(), reading.value(),
						qualifier(reading.qualifier()), reading.source()));
			}
		}
		return new DownloadTable(year + "年指标", this.openData.headers(), rows).csv();
	}

	private byte[] archiveOf(int year) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry("说明.txt"));
			zip.write(this.openData.readme().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("README.txt"));
			zip.write(this.openData.readmeInEnglish().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			Set<String> names = new HashSet<>();
			for (PublishedReport report : this.reports.matching(Set.of(), Set.of(year), Set.of())) {
				String name = safe(this.names.name(report.provinceCode())) + "/"
						+ safe(report.shown().content().agencyName()) + "-" + year + "年-" + safe(report.id()) + ".json";
				if (!names.add(name)) {
					continue;
				}
				zip.putNextEntry(new ZipEntry(name));
				zip.write(this.json.writerWithDefaultPrettyPrinter()
					.writeValueAsBytes(ExchangeExports.export(report.provinceCode(), report.report(), report.shown(),
							report.publishedAt())));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static String safe(String name) {
		return (name == null || name.isBlank()) ? "未署名" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
	}

	private static String kind(AgencyKind kind) {
		return (kind == AgencyKind.government) ? "人民政府" : "部门";
	}

	private static String format(TemplateFormat format) {
		return switch (format) {
			case LEGACY -> "旧版报告";
			case TEMPLATE_2019 -> "2019年试行模板";
			case TEMPLATE_2021 -> "2021年模板";
		};
	}

	private static String qualifier(String qualifier) {
		return switch (qualifier) {
			case "at_least" -> "以上";
			case "approx" -> "约数";
			default -> "确数";
		};
	}

	private record Built(String tag, byte[] bytes) {

	}

	/**
	 * The downloads on offer.
	 *
	 * @param licence the licence every download is given under
	 * @param dictionary the columns of the figures CSV
	 * @param years each year with published reports, newest first
	 */
	record BulkIndex(OpenData.Licence licence, List<OpenData.Column> dictionary, List<Year> years) {

		/**
		 * @param year the year
		 * @param reports how many reports of it are published
		 * @param figures its figures CSV
		 * @param archive its archive of exchange documents
		 */
		record Year(int year, int reports, String figures, String archive) {

		}

	}

}
