package io.gongkai.report.document;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.gongkai.platform.download.DownloadNames;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.report.Report;
import io.gongkai.report.report.ReportVersion;
import io.gongkai.report.report.Reports;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A report version as the published document: an HTML page ({@code Accept: text/html},
 * the default) or a Word file ({@code Accept:} the .docx type, or {@code ?format=docx}).
 * Readable by whoever may read the report.
 */
@RestController
class DocumentController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final Reports reports;

	DocumentController(Reports reports) {
		this.reports = reports;
	}

	/**
	 * @param version a number, {@code current} or {@code latest}; by default the current
	 * version, or the latest while none was accepted
	 * @param format {@code html} or {@code docx}, overriding {@code Accept}
	 */
	@GetMapping("/api/reports/{id}/document")
	@PreAuthorize("hasAnyRole('AGENCY_REPORTER', 'PROVINCIAL_COORDINATOR')")
	ResponseEntity<byte[]> document(Caller caller, @PathVariable String id, @RequestParam Optional<String> version,
			@RequestParam Optional<String> format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		Report report = this.reports.reachable(caller, id);
		ReportVersion chosen = version.map((name) -> this.reports.version(report, name, "version"))
			.orElseGet(() -> report.current().orElse(report.latest()));
		boolean word = wantsWord(format, accept);
		PrintedDocument document = PrintedDocuments.of(report, chosen);
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.header("X-Report-Version", String.valueOf(chosen.number()));
		if (word) {
			return answer.contentType(DOCX)
				.header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, chosen, document))
				.body(WordRendering.render(document));
		}
		return answer.contentType(HTML).body(HtmlRendering.render(document).getBytes(StandardCharsets.UTF_8));
	}

	private static boolean wantsWord(Optional<String> format, String accept) {
		if (format.isPresent()) {
			return switch (format.get()) {
				case "docx" -> true;
				case "html" -> false;
				default -> throw new ProblemException(ReportProblem.INVALID_DOCUMENT_FORMAT, format.get()).with("field",
						"format");
			};
		}
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			throw notAcceptable();
		}
		List<MediaType> byQuality = accepted.stream()
			.sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
			.toList();
		for (MediaType type : byQuality) {
			if (type.getQualityValue() <= 0) {
				continue;
			}
			if (type.isCompatibleWith(MediaType.TEXT_HTML)) {
				return false;
			}
			if (type.isCompatibleWith(DOCX)) {
				return true;
			}
		}
		throw notAcceptable();
	}

	private static ProblemException notAcceptable() {
		return new ProblemException(ReportProblem.DOCUMENT_NOT_ACCEPTABLE, DOCX);
	}

	/** An ASCII name for old clients, and the Chinese title for the others (RFC 6266). */
	private static String attachment(Report report, ReportVersion version, PrintedDocument document) {
		String ascii = "report-" + report.year() + "-v" + version.number() + ".docx";
		return DownloadNames.attachment(document.title() + ".docx", ascii);
	}

}
