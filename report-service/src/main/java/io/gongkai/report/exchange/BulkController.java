package io.gongkai.report.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.report.problem.ReportProblem;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A coordinator's bulk upload of {@code gongkai.report/v1} documents: a JSON array
 * ({@code application/json}) or JSON Lines ({@code application/x-ndjson}), one result per
 * document. The body is read here, under {@code gongkai.exchange.bulk.max-size}, not
 * under the report API's body limit.
 */
@RestController
class BulkController {

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	private static final List<MediaType> LINES = List.of(NDJSON, MediaType.parseMediaType("application/jsonl"));

	private final BulkUploads uploads;

	private final BulkSettings settings;

	BulkController(BulkUploads uploads, BulkSettings settings) {
		this.uploads = uploads;
		this.settings = settings;
	}

	@PostMapping("/api/reports/exchange/bulk")
	@PreAuthorize("hasRole('PROVINCIAL_COORDINATOR')")
	BulkUploads.BulkAnswer upload(Caller caller, HttpServletRequest request,
			@RequestParam(defaultValue = "false") boolean atomic) throws IOException {
		caller.requireProvince();
		boolean lines = lines(request.getContentType());
		byte[] body = body(request);
		return this.uploads.upload(caller, this.uploads.read(body, lines), atomic);
	}

	private static boolean lines(String contentType) {
		MediaType type;
		try {
			type = (contentType != null) ? MediaType.parseMediaType(contentType) : null;
		}
		catch (InvalidMediaTypeException ex) {
			type = null;
		}
		if (type != null && MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
			return false;
		}
		if (type != null && LINES.stream().anyMatch(type::equalsTypeAndSubtype)) {
			return true;
		}
		throw new ProblemException(ReportProblem.BULK_MEDIA_TYPE);
	}

	private byte[] body(HttpServletRequest request) throws IOException {
		long limit = this.settings.maxSize().toBytes();
		if (request.getContentLengthLong() > limit) {
			throw tooLarge(limit);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
			if (body.length > limit) {
				throw tooLarge(limit);
			}
			return body;
		}
	}

	private static ProblemException tooLarge(long limit) {
		return new ProblemException(ReportProblem.UPLOAD_TOO_LARGE, limit).with("limit", limit);
	}

}
