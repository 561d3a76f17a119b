package io.gongkai.report.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.bson.Document;

/**
 * What became of one report of a batch once it was read.
 *
 * @param outcome {@code created} (a report was made for {@code agencyId}), {@code exists}
 * (the agency already has a report on the year: nothing changed), {@code no_agency} (the
 * registry matched no agency with certainty: nothing was made until the coordinator
 * chooses one on the preview {@code previewId}), {@code other_province} (the text is of
 * another province), {@code other_agency} (a reporter's batch: the text is another
 * agency's), {@code incomplete} (no year found), {@code invalid} (the report API refused
 * it: see {@code detail})
 * @param agencyId the agency matched or chosen, if any
 * @param agencyName that agency's name in the registry, if known
 * @param reportId the report created, or the one already there
 * @param previewId the preview kept for the person to choose the agency and make the
 * report, when nothing was made
 * @param detail what it means and what to do
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportOutcome(String outcome, String agencyId, String agencyName, String reportId, String previewId,
		String detail) {

	public static final String CREATED = "created";

	public static final String EXISTS = "exists";

	public static final String NO_AGENCY = "no_agency";

	public static final String OTHER_PROVINCE = "other_province";

	public static final String OTHER_AGENCY = "other_agency";

	public static final String INCOMPLETE = "incomplete";

	public static final String INVALID = "invalid";

	public boolean isCreated() {
		return CREATED.equals(this.outcome);
	}

	public Document toDocument() {
		return new Document("outcome", this.outcome).append("agencyId", this.agencyId)
			.append("agencyName", this.agencyName)
			.append("reportId", this.reportId)
			.append("previewId", this.previewId)
			.append("detail", this.detail);
	}

	public static ImportOutcome from(Document document) {
		return (document != null) ? new ImportOutcome(document.getString("outcome"), document.getString("agencyId"),
				document.getString("agencyName"), document.getString("reportId"), document.getString("previewId"),
				document.getString("detail")) : null;
	}

}
