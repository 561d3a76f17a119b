package io.gongkai.report.importing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.textimport.ExtractionResult;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Creates the draft report from a confirmed preview through the report API's own contract
 * ({@code POST /api/reports}, docs/report-api.md), called on this very service with the
 * caller's token: the report package's checks, idempotency, audit and isolation apply
 * exactly as to any other create. The preview id is the {@code Idempotency-Key}, so a
 * retry finds the first draft.
 */
@Component
class ReportDraftCall {

	private final RestClient rest;

	private final Environment environment;

	ReportDraftCall(RestClient.Builder builder, Environment environment) {
		this.rest = builder.build();
		this.environment = environment;
	}

	ResponseEntity<String> create(String authorization, ImportPreview preview, String kind) {
		ExtractionResult extraction = preview.extraction();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("year", extraction.year());
		body.put("format", extraction.format().wireName());
		if (kind != null) {
			body.put("kind", kind);
		}
		body.put("agencyName", extraction.agencyName());
		body.put("publishedOn", extraction.publishedOn());
		body.put("originalText", preview.text());
		if (extraction.format().wireName().equals("legacy")) {
			Map<String, Object> metrics = new LinkedHashMap<>();
			preview.figures()
				.stream()
				.filter((figure) -> figure.value() != null && !FigureDecisions.REJECTED.equals(figure.state()))
				.forEach((figure) -> metrics.put(figure.metric(),
						Map.of("value", figure.value(), "qualifier", figure.qualifier())));
			body.put("metrics", metrics);
		}
		else {
			body.put("cells", extraction.cells());
		}
		String port = this.environment.getProperty("local.server.port");
		if (port == null) {
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "report-api-unavailable",
					"Report API unavailable", "The report API is not reachable yet; try again in a moment.");
		}
		try {
			return this.rest.post()
				.uri("http://127.0.0.1:" + port + "/api/reports")
				.header(HttpHeaders.AUTHORIZATION, authorization)
				.header("Idempotency-Key", "import-" + preview.id())
				.contentType(MediaType.APPLICATION_JSON)
				.body(body)
				.exchange((request, response) -> ResponseEntity.status(response.getStatusCode()).headers((headers) -> {
					copy(response.getHeaders(), headers, HttpHeaders.LOCATION);
					copy(response.getHeaders(), headers, HttpHeaders.ETAG);
					copy(response.getHeaders(), headers, HttpHeaders.CONTENT_TYPE);
				}).body(new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (RestClientException ex) {
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "report-api-unavailable",
					"Report API unavailable", "The draft could not be created right now; try again in a moment.");
		}
	}

	private static void copy(HttpHeaders from, HttpHeaders to, String name) {
		if (from.containsHeader(name)) {
			to.put(name, from.get(name));
		}
	}

}
