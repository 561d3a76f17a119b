package io.gongkai.report.importing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.gongkai.report.registry.AgencyMatch;
import io.gongkai.report.textimport.ExtractionResult;

/**
 * A preview as the agency sees it.
 *
 * @param id the preview's id, for confirmations and the draft
 * @param createdAt when it was uploaded
 * @param expiresAt until when it can be confirmed
 * @param createdBy who uploaded it: the account's user name
 * @param createdByName that person's name, as pages show it
 * @param extraction what the extractor read, in the contract's shape (figures with
 * evidence and offsets, flags, agency, province, year, format, publication date)
 * @param text the normalised text the evidence offsets refer to
 * @param agencyMatch the registry's candidates for the agency the report names
 * @param errors what stops the report from becoming the uploader's draft until the agency
 * it belongs to is chosen ({@code other-province}, {@code other-agency})
 * @param warnings what to check before confirming
 * @param figures the figures as they stand after the agency's decisions
 * @param decisions every decision, oldest first
 */
@JsonPropertyOrder({ "id", "createdAt", "expiresAt", "createdBy", "createdByName", "extraction", "agencyMatch",
		"errors", "warnings", "figures", "decisions", "text" })
record PreviewView(String id, Instant createdAt, Instant expiresAt, String createdBy, String createdByName,
		ExtractionResult extraction, String text, AgencyMatch agencyMatch, List<WarningView> errors,
		List<WarningView> warnings, Map<String, FigureView> figures, List<DecisionView> decisions) {

	static PreviewView of(ImportPreview preview) {
		Map<String, FigureView> figures = new LinkedHashMap<>();
		preview.figures()
			.forEach((figure) -> figures.put(figure.metric(), new FigureView(figure.value(), figure.qualifier(),
					figure.evidence(), figure.start(), figure.end(), figure.state())));
		return new PreviewView(preview.id(), preview.createdAt(), preview.expiresAt(), preview.createdBy().username(),
				preview.createdBy().displayName(), preview.extraction(), preview.text(), preview.agencyMatch(),
				preview.errors().stream().map((error) -> WarningView.of(error, true)).toList(),
				preview.warnings().stream().map((warning) -> WarningView.of(warning, false)).toList(), figures,
				preview.decisions().stream().map(DecisionView::of).toList());
	}

	/**
	 * An error or a warning: its stable code, and what it means and what to do in the
	 * request's language.
	 */
	@JsonPropertyOrder({ "code", "message" })
	record WarningView(String code, String message) {

		static WarningView of(Warning warning, boolean error) {
			return new WarningView(warning.code(), warning.message(error));
		}

	}

	/** A figure as it stands: {@code value} is absent once rejected. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "value", "qualifier", "state", "evidence", "start", "end" })
	record FigureView(Number value, String qualifier, String evidence, Integer start, Integer end, String state) {
	}

	/** A value and its qualifier. */
	record ValueView(Number value, String qualifier) {
	}

	/** One decision: who, when, the value before and after. */
	@JsonPropertyOrder({ "metric", "decision", "by", "role", "at", "old", "new" })
	record DecisionView(String metric, String decision, String by, String role, Instant at, ValueView old,
			@JsonProperty("new") ValueView after) {

		static DecisionView of(Decision decision) {
			return new DecisionView(decision.metric(), decision.decision(), decision.by(), decision.role(),
					decision.at(),
					(decision.oldValue() != null) ? new ValueView(decision.oldValue(), decision.oldQualifier()) : null,
					(decision.newValue() != null) ? new ValueView(decision.newValue(), decision.newQualifier()) : null);
		}

	}

}
