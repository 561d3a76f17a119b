package io.gongkai.report.importing.batch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.gongkai.platform.security.Caller;
import org.bson.Document;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartRequest;

/**
 * Batch imports for coordinators (and reporters, for their own uploads): many reports at
 * once, read in the background; follow the progress, cancel, download the results.
 */
@RestController
@RequestMapping("/api/reports/imports/batches")
@PreAuthorize("hasAnyRole('AGENCY_REPORTER', 'PROVINCIAL_COORDINATOR')")
class BatchController {

	static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl");

	private final ImportBatches batches;

	BatchController(ImportBatches batches) {
		this.batches = batches;
	}

	/**
	 * Accepts the files of every multipart part ({@code files}, or any other name); with
	 * {@code accepted=true} a coordinator's reports are accepted at once rather than left
	 * drafts.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<BatchView> create(Caller caller, MultipartRequest request,
			@RequestParam(name = "accepted", defaultValue = "false") boolean accepted) {
		List<BatchUploads.Upload> uploads = request.getMultiFileMap()
			.values()
			.stream()
			.flatMap(List::stream)
			.map((file) -> new BatchUploads.Upload(file.getOriginalFilename(), file.getContentType(), file))
			.toList();
		Document batch = this.batches.create(caller, uploads, accepted);
		return ResponseEntity.accepted()
			.location(URI.create("/api/reports/imports/batches/" + batch.getString("_id")))
			.body(BatchView.of(batch));
	}

	@GetMapping("/{id}")
	BatchView batch(Caller caller, @PathVariable String id) {
		return BatchView.of(this.batches.reachable(caller, id));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<BatchView> cancel(Caller caller, @PathVariable String id) {
		return ResponseEntity.accepted().body(BatchView.of(this.batches.cancel(caller, id)));
	}

	@GetMapping("/{id}/results")
	ResponseEntity<byte[]> results(Caller caller, @PathVariable String id) {
		Document batch = this.batches.reachable(caller, id);
		return ResponseEntity.ok()
			.contentType(new MediaType(JSON_LINES, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("import-" + id + ".jsonl").build().toString())
			.body(BatchView.resultLines(batch).getBytes(StandardCharsets.UTF_8));
	}

}
