package io.gongkai.report.importing;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import io.gongkai.report.registry.AgencyCandidate;
import io.gongkai.report.registry.AgencyMatch;
import io.gongkai.report.textimport.ExtractionResult;
import io.gongkai.report.textimport.ResultJson;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stored preview: what the extractor read from one upload, the agency match, and the
 * agency's decisions on each figure, until it expires.
 *
 * @param id the preview's id
 * @param createdAt when it was uploaded
 * @param expiresAt after this it can no longer be read, confirmed or drafted
 * @param createdBy who uploaded it
 * @param extraction the extractor's result, as it read it (never changed)
 * @param text the normalised text the evidence offsets refer to
 * @param agencyMatch the registry's candidates for the agency the report names
 * @param errors what stops the report from becoming the uploader's draft by one click
 * (another province, another agency): the draft is made only once the agency it belongs
 * to is chosen
 * @param warnings what to look at before confirming
 * @param figures the figures as they stand after the decisions
 * @param decisions every decision, oldest first
 * @param revision incremented by every change, to refuse lost updates
 */
record ImportPreview(String id, Instant createdAt, Instant expiresAt, Uploader createdBy, ExtractionResult extraction,
		String text, AgencyMatch agencyMatch, List<Warning> errors, List<Warning> warnings, List<Figure> figures,
		List<Decision> decisions, long revision) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Whether the report may become the uploader's draft without choosing its agency. */
	boolean needsAgencyChoice() {
		return !this.errors.isEmpty();
	}

	boolean isExpired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	Document toDocument() {
		return new Document("_id", this.id).append("createdAt", Date.from(this.createdAt))
			.append("expiresAt", Date.from(this.expiresAt))
			.append("createdBy", this.createdBy.toDocument())
			.append("extraction", ResultJson.write(this.extraction))
			.append("text", this.text)
			.append("agencyMatch", agencyMatchDocument(this.agencyMatch))
			.append("errors", this.errors.stream().map(Warning::toDocument).toList())
			.append("warnings", this.warnings.stream().map(Warning::toDocument).toList())
			.append("figures", this.figures.stream().map(Figure::toDocument).toList())
			.append("decisions", this.decisions.stream().map(Decision::toDocument).toList())
			.append("revision", this.revision);
	}

	static ImportPreview from(Document document) {
		return new ImportPreview(document.getString("_id"), document.getDate("createdAt").toInstant(),
				document.getDate("expiresAt").toInstant(), Uploader.from(document.get("createdBy", Document.class)),
				extraction(document.getString("extraction")), document.getString("text"),
				agencyMatch(document.get("agencyMatch", Document.class)),
				document.getList("errors", Document.class, List.of()).stream().map(Warning::from).toList(),
				document.getList("warnings", Document.class, List.of()).stream().map(Warning::from).toList(),
				document.getList("figures", Document.class, List.of()).stream().map(Figure::from).toList(),
				document.getList("decisions", Document.class, List.of()).stream().map(Decision::from).toList(),
				((Number) document.get("revision")).longValue());
	}

	/**
	 * Reads back the stored contract JSON, whose empty optional parts ({@code cells},
	 * {@code findings}, {@code spam}) were left out.
	 */
	private static ExtractionResult extraction(String json) {
		ObjectNode tree = (ObjectNode) JSON.readTree(json);
		if (!tree.has("cells")) {
			tree.putObject("cells");
		}
		for (String list : List.of("findings", "spam")) {
			if (!tree.has(list)) {
				tree.putArray(list);
			}
		}
		return JSON.treeToValue(tree, ExtractionResult.class);
	}

	private static Document agencyMatchDocument(AgencyMatch match) {
		return new Document("status", match.status().wireName()).append("query", match.query())
			.append("candidates",
					(match.candidates() != null) ? match.candidates()
						.stream()
						.map((candidate) -> new Document("id", candidate.id()).append("name", candidate.name())
							.append("score", candidate.score()))
						.toList() : null);
	}

	private static AgencyMatch agencyMatch(Document document) {
		List<Document> candidates = document.getList("candidates", Document.class);
		return new AgencyMatch(AgencyMatch.Status.fromWireName(document.getString("status")),
				document.getString("query"),
				(candidates != null) ? candidates.stream()
					.map((candidate) -> new AgencyCandidate(candidate.getString("id"), candidate.getString("name"),
							(candidate.get("score") != null) ? ((Number) candidate.get("score")).doubleValue() : null))
					.toList() : null);
	}

}
