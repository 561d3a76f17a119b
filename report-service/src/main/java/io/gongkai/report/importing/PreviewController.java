package io.gongkai.report.importing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.report.idempotency.IdempotencyKeys;
import io.gongkai.report.importing.PreviewDrafts.PreviewDraft;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.report.ReportAnswers;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Previews of a published report: upload it (or paste its text), read the figures found,
 * confirm or correct each one.
 */
@RestController
@RequestMapping("/api/reports/imports")
@PreAuthorize("hasAnyRole('AGENCY_REPORTER', 'PROVINCIAL_COORDINATOR')")
class PreviewController {

	private final ImportPreviews previews;

	private final PreviewDrafts drafts;

	private final ReportAnswers answers;

	private final IdempotencyKeys idempotencyKeys;

	PreviewController(ImportPreviews previews, PreviewDrafts drafts, ReportAnswers answers,
			IdempotencyKeys idempotencyKeys) {
		this.previews = previews;
		this.drafts = drafts;
		this.answers = answers;
		this.idempotencyKeys = idempotencyKeys;
	}

	@PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<PreviewView> previewFile(Caller caller,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		if (file == null) {
			throw new ProblemException(ReportProblem.MISSING_FILE);
		}
		String name = (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
				? file.getOriginalFilename() : "upload";
		return answered(this.previews.preview(caller, name, file.getBytes()));
	}

	@PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PreviewView> previewText(Caller caller, @Valid @RequestBody PreviewTextRequest request) {
		return answered(
				this.previews.preview(caller, request.sourceName(), request.text().getBytes(StandardCharsets.UTF_8)));
	}

	@GetMapping("/previews/{id}")
	PreviewView preview(Caller caller, @PathVariable String id) {
		return PreviewView.of(this.previews.reachable(caller, id));
	}

	@PostMapping("/previews/{id}/confirmations")
	PreviewView confirm(Caller caller, @PathVariable String id, @Valid @RequestBody ConfirmationRequest request) {
		return PreviewView.of(this.previews.confirm(caller, id, request));
	}

	/**
	 * Creates the report from the preview: the year as read and the format the law gives
	 * it, every table cell read, the figures as confirmed or corrected (rejected ones
	 * left out), the original text and where it came from; for the agency chosen in the
	 * body when the preview says it may not be the uploader's.
	 */
	@PostMapping("/previews/{id}/draft")
	ResponseEntity<?> draft(Caller caller, @PathVariable String id,
			@Valid @RequestBody(required = false) DraftRequest request) {
		PreviewDraft draft = this.drafts.prepare(caller, id, (request != null) ? request : DraftRequest.NONE);
		ResponseEntity<?> answer = this.idempotencyKeys.once(caller.requireProvince(), caller.subject(), draft.key(),
				draft.fingerprint(),
				(reportId) -> this.answers.created(caller, this.drafts.create(caller, draft, reportId)));
		URI report = answer.getHeaders().getLocation();
		if (report != null) {
			String path = report.toString();
			this.drafts.recordDraft(caller, draft, path.substring(path.lastIndexOf('/') + 1));
		}
		return answer;
	}

	private static ResponseEntity<PreviewView> answered(ImportPreview preview) {
		return ResponseEntity.ok()
			.location(URI.create("/api/reports/imports/previews/" + preview.id()))
			.body(PreviewView.of(preview));
	}

}
