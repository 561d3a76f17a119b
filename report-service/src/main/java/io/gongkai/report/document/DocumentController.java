package io.gongkai.report.document;

import java.util.Optional;

import io.gongkai.platform.security.Caller;
import io.gongkai.report.report.Report;
import io.gongkai.report.report.ReportVersion;
import io.gongkai.report.report.Reports;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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

	static final MediaType DOCX = OfficialDocuments.DOCX;

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
		boolean word = OfficialDocuments.wantsWord(format, accept);
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.header("X-Report-Version", String.valueOf(chosen.number()));
		if (word) {
			return answer.contentType(DOCX)
				.header(HttpHeaders.CONTENT_DISPOSITION, OfficialDocuments.attachment(report, chosen))
				.body(OfficialDocuments.render(report, chosen, true, null));
		}
		return answer.contentType(OfficialDocuments.HTML).body(OfficialDocuments.render(report, chosen, false, null));
	}

}
