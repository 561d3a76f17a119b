package io.gongkai.report.importing;

import java.util.List;
import java.util.Locale;

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
 * it: see {@link #detail()})
 * @param agencyId the agency matched or chosen, if any
 * @param agencyName that agency's name in the registry, if known
 * @param reportId the report created, or the one already there
 * @param previewId the preview kept for the person to choose the agency and make the
 * report, when nothing was made
 * @param message which text says what it means ({@code import.outcome.<message>} of the
 * messages), {@code null} for an outcome recorded before texts were kept so
 * @param arguments that text's arguments: ids, names, codes and years; for
 * {@code invalid} the refusal in Chinese and in English
 */
public record ImportOutcome(String outcome, String agencyId, String agencyName, String reportId, String previewId,
		String message, List<String> arguments) {

	public static final String CREATED = "created";

	public static final String EXISTS = "exists";

	public static final String NO_AGENCY = "no_agency";

	public static final String OTHER_PROVINCE = "other_province";

	public static final String OTHER_AGENCY = "other_agency";

	public static final String INCOMPLETE = "incomplete";

	public static final String INVALID = "invalid";

	public ImportOutcome {
		arguments = (arguments != null) ? java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments))
				: List.of();
	}

	public boolean isCreated() {
		return CREATED.equals(this.outcome);
	}

	/** What it means and what to do, in the language of the request being answered. */
	public String detail() {
		if (this.message == null) {
			return null;
		}
		String key = "import.outcome." + this.message;
		return switch (this.message) {
			case "other-province" -> ImportMessages.text(key, ImportMessages.province(argument(0)));
			case "invalid" -> ImportMessages.text(key, argument(Locale.ENGLISH.getLanguage()
				.equals(io.gongkai.platform.problem.RequestLanguage.current().getLanguage()) ? 1 : 0));
			default -> ImportMessages.text(key, this.arguments.toArray());
		};
	}

	private String argument(int index) {
		return (index < this.arguments.size()) ? this.arguments.get(index) : "";
	}

	public Document toDocument() {
		return new Document("outcome", this.outcome).append("agencyId", this.agencyId)
			.append("agencyName", this.agencyName)
			.append("reportId", this.reportId)
			.append("previewId", this.previewId)
			.append("message", this.message)
			.append("arguments", this.arguments);
	}

	public static ImportOutcome from(Document document) {
		return (document != null) ? new ImportOutcome(document.getString("outcome"), document.getString("agencyId"),
				document.getString("agencyName"), document.getString("reportId"), document.getString("previewId"),
				document.getString("message"), document.getList("arguments", String.class, List.of())) : null;
	}

}
