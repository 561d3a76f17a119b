package io.gongkai.report.importing;

import java.time.Clock;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.report.idempotency.IdempotencyKeys;
import io.gongkai.report.report.Report;
import io.gongkai.report.report.Reports;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Turning a preview into the agency's draft report, once its year and agency are known.
 * The draft's id is recorded on the preview.
 */
@Component
class PreviewDrafts {

	/** The longest original text a report keeps (the report API's limit). */
	static final int MAX_ORIGINAL_TEXT = 500_000;

	private final ImportPreviews previews;

	private final Reports reports;

	private final IdempotencyKeys idempotencyKeys;

	private final PreviewStore store;

	private final Clock clock;

	PreviewDrafts(ImportPreviews previews, Reports reports, IdempotencyKeys idempotencyKeys, PreviewStore store,
			Clock clock) {
		this.previews = previews;
		this.reports = reports;
		this.idempotencyKeys = idempotencyKeys;
		this.store = store;
		this.clock = clock;
	}

	ResponseEntity<?> draft(Caller caller, String id, String kind) {
		ImportPreview preview = this.previews.reachable(caller, id);
		if (preview.extraction().year() == null || preview.extraction().agencyName() == null) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "preview-incomplete", "Preview incomplete",
					"The year or the agency's name was not found in the text; create the report by hand "
							+ "(POST /api/reports) with the confirmed figures.");
		}
		if (preview.text().length() > MAX_ORIGINAL_TEXT) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "text-too-long", "Text too long",
					"A report keeps at most " + MAX_ORIGINAL_TEXT + " characters of original text; this one has "
							+ preview.text().length() + ".");
		}
		String agency = caller.agencyId().orElse(null);
		String fingerprint = "POST /api/reports/imports/previews/" + id + "/draft " + kind;
		ResponseEntity<?> answer = this.idempotencyKeys.once(caller.requireProvince(), caller.subject(),
				"import-" + preview.id(), fingerprint, (reportId) -> {
					Report report = this.reports.create(caller, agency, PreviewReportRequest.of(preview, kind),
							reportId, "made from the published text of preview " + id);
					return this.reports.answer(caller, report, HttpStatus.CREATED);
				});
		if (answer.getStatusCode().is2xxSuccessful() && answer.getHeaders().getLocation() != null) {
			String location = answer.getHeaders().getLocation().toString();
			this.store.recordDraft(caller.requireProvince(), id, location.substring(location.lastIndexOf('/') + 1),
					caller.username(), this.clock.instant());
		}
		return answer;
	}

}
