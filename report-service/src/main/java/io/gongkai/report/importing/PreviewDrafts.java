package io.gongkai.report.importing;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.problem.RequestLanguage;
import io.gongkai.platform.security.Caller;
import io.gongkai.platform.security.Role;
import io.gongkai.platform.security.client.NeighbourRefusedException;
import io.gongkai.platform.security.client.NeighbourUnavailableException;
import io.gongkai.report.registry.AgencyCandidate;
import io.gongkai.report.registry.AgencySearch;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.report.Report;
import io.gongkai.report.report.ReportOrigin;
import io.gongkai.report.report.Reports;

import org.springframework.stereotype.Component;

/**
 * Turning a preview into a report of the agency it belongs to, once its year and agency
 * are known. A preview whose text names another province or another agency becomes a
 * report only after the person chose the agency (a reporter its own, a coordinator any of
 * the province); that choice is written in the report's audit trail and on the preview.
 */
@Component
class PreviewDrafts {

	/** The longest original text a report keeps (the report API's limit). */
	static final int MAX_ORIGINAL_TEXT = 500_000;

	private final ImportPreviews previews;

	private final Reports reports;

	private final AgencySearch agencies;

	private final PreviewStore store;

	private final Clock clock;

	PreviewDrafts(ImportPreviews previews, Reports reports, AgencySearch agencies, PreviewStore store, Clock clock) {
		this.previews = previews;
		this.reports = reports;
		this.agencies = agencies;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Checks that the preview can become a report and settles its agency, without storing
	 * anything.
	 * @throws ProblemException what the draft request is answered with when it cannot
	 */
	PreviewDraft prepare(Caller caller, String id, DraftRequest request) {
		ImportPreview preview = this.previews.reachable(caller, id);
		String province = caller.requireProvince();
		if (preview.extraction().year() == null) {
			throw new ProblemException(ReportProblem.PREVIEW_WITHOUT_YEAR);
		}
		if (preview.text().length() > MAX_ORIGINAL_TEXT) {
			throw new ProblemException(ReportProblem.ORIGINAL_TEXT_TOO_LONG, MAX_ORIGINAL_TEXT,
					preview.text().length());
		}
		List<String> unplaced = PreviewReportRequest.cellsNotInFormat(preview.extraction());
		if (!unplaced.isEmpty()) {
			throw new ProblemException(ReportProblem.CELLS_NOT_IN_FORMAT, preview.extraction().year(),
					String.join(", ", unplaced))
				.with("cells", unplaced);
		}
		AgencyCandidate agency = agency(caller, province, preview, request.agencyId());
		String agencyName = (preview.extraction().agencyName() != null) ? preview.extraction().agencyName()
				: agency.name();
		if (agencyName == null) {
			throw new ProblemException(ReportProblem.PREVIEW_WITHOUT_AGENCY);
		}
		boolean chosen = request.agencyId() != null;
		return new PreviewDraft(preview, request, agency, agencyName, chosen,
				note(caller, preview, agency.id(), chosen));
	}

	/**
	 * Makes the report of a prepared draft.
	 * @param reportId the new report's id, the same on every retry of the request
	 */
	Report create(Caller caller, PreviewDraft draft, String reportId) {
		DraftRequest request = draft.request();
		return this.reports.create(
				caller, draft.agency().id(), PreviewReportRequest.of(draft.preview(), request.kind(),
						draft.agencyName(), ReportOrigin.PREVIEW, draft.preview().id()),
				reportId, draft.note(), request.isAccepted());
	}

	/** Writes on the preview which report was made of it, for which agency. */
	void recordDraft(Caller caller, PreviewDraft draft, String reportId) {
		this.store.recordDraft(caller.requireProvince(), draft.preview().id(), reportId, draft.agency().id(),
				draft.chosen(), caller.username(), this.clock.instant());
	}

	/**
	 * The agency the report is made for: the one the person chose, checked (a reporter's
	 * own; for a coordinator one of the province's registry), or without a choice the
	 * reporter's own or the registry's certain match, when the preview has no error.
	 */
	private AgencyCandidate agency(Caller caller, String province, ImportPreview preview, String chosen) {
		boolean coordinator = caller.has(Role.PROVINCIAL_COORDINATOR);
		if (!coordinator) {
			String own = ImportProblems.requireAgencyOfReporter(caller);
			if (chosen != null && !chosen.equals(own)) {
				throw new ProblemException(ReportProblem.NOT_YOUR_AGENCY_TO_IMPORT).with("field", "agencyId");
			}
			if (chosen == null && preview.needsAgencyChoice()) {
				throw choiceRequired(preview);
			}
			String name = Objects.equals(preview.agencyMatch().best().map(AgencyCandidate::id).orElse(null), own)
					? preview.agencyMatch().best().get().name() : registryName(province, own);
			return new AgencyCandidate(own, name, null);
		}
		if (chosen == null) {
			if (preview.needsAgencyChoice()) {
				throw choiceRequired(preview);
			}
			return preview.agencyMatch().confident().orElseThrow(() -> choiceRequired(preview));
		}
		try {
			return this.agencies.find(province, chosen)
				.orElseThrow(
						() -> new ProblemException(ReportProblem.UNKNOWN_AGENCY, chosen).with("field", "agencyId"));
		}
		catch (NeighbourUnavailableException | NeighbourRefusedException ex) {
			throw new ProblemException(ReportProblem.REGISTRY_UNAVAILABLE, chosen);
		}
	}

	private String registryName(String province, String agencyId) {
		try {
			return this.agencies.find(province, agencyId).map(AgencyCandidate::name).orElse(null);
		}
		catch (NeighbourUnavailableException | NeighbourRefusedException ex) {
			return null;
		}
	}

	private static ProblemException choiceRequired(ImportPreview preview) {
		return (preview.errors().isEmpty() ? new ProblemException(ReportProblem.AGENCY_UNMATCHED)
				: new ProblemException(ReportProblem.AGENCY_DOUBTFUL,
						String.join(" ", preview.errors().stream().map((error) -> error.message(true)).toList())))
			.with("field", "agencyId")
			.with("errors", preview.errors().stream().map(Warning::code).toList());
	}

	/** The audit note, in Chinese, the language of the record. */
	private static String note(Caller caller, ImportPreview preview, String agencyId, boolean chosen) {
		Locale chinese = RequestLanguage.DEFAULT;
		String unstated = ImportMessages.text(chinese, "import.note.unstated");
		StringBuilder note = new StringBuilder(ImportMessages.text(chinese, "import.note.preview", preview.id(),
				preview.extraction().source(), preview.createdAt().toString()));
		if (chosen) {
			note.append(ImportMessages.text(chinese, "import.note.chosen", agencyId, caller.displayName(),
					(preview.extraction().agencyName() != null) ? preview.extraction().agencyName() : unstated,
					(preview.extraction().provinceCode() != null) ? preview.extraction().provinceCode() : unstated));
			if (!preview.errors().isEmpty()) {
				note.append(ImportMessages.text(chinese, "import.note.errors",
						String.join(", ", preview.errors().stream().map(Warning::code).toList())));
			}
		}
		return note.toString();
	}

	/**
	 * A preview ready to become a report: the request, the agency settled for it and the
	 * note for the report's audit trail.
	 */
	record PreviewDraft(ImportPreview preview, DraftRequest request, AgencyCandidate agency, String agencyName,
			boolean chosen, String note) {

		/**
		 * What identifies the request for its idempotency key: the same preview made into
		 * the same kind of report for the same agency.
		 */
		String fingerprint() {
			return "POST /api/reports/imports/previews/" + this.preview.id() + "/draft " + this.request.kind() + " "
					+ this.agency.id() + " " + this.request.isAccepted();
		}

		/** The idempotency key: one report per preview, whoever retries. */
		String key() {
			return "import-" + this.preview.id();
		}

	}

}
