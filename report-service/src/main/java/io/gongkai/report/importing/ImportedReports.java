package io.gongkai.report.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.problem.RequestLanguage;
import io.gongkai.platform.security.Caller;
import io.gongkai.platform.security.Role;
import io.gongkai.report.registry.AgencyCandidate;
import io.gongkai.report.registry.AgencyMatch;
import io.gongkai.report.registry.AgencySearch;
import io.gongkai.report.report.Report;
import io.gongkai.report.report.ReportAlreadyExistsException;
import io.gongkai.report.report.ReportOrigin;
import io.gongkai.report.report.Reports;
import io.gongkai.report.textimport.ExtractionResult;
import io.gongkai.report.textimport.TextExtractor;

import org.springframework.stereotype.Component;

/**
 * Makes the report of one file of a batch, once read: for the agency the registry matches
 * with certainty (a coordinator's batch) or the reporter's own (a reporter's batch), as a
 * draft or, when the coordinator asks for it, accepted at once. A file of another
 * province, whose agency is not matched, or that is another agency's, makes nothing: it
 * is kept as a preview on which the person chooses the agency. An agency's report on the
 * year that is already there is left alone, so that the same batch sent again makes
 * nothing new.
 */
@Component
public class ImportedReports {

	private final ImportPreviews previews;

	private final PreviewStore store;

	private final AgencySearch agencies;

	private final Reports reports;

	ImportedReports(ImportPreviews previews, PreviewStore store, AgencySearch agencies, Reports reports) {
		this.previews = previews;
		this.store = store;
		this.agencies = agencies;
		this.reports = reports;
	}

	/**
	 * @param caller who sent the batch
	 * @param batchId the batch, for the report's origin and audit note
	 * @param extraction the file as read
	 * @param accepted whether a coordinator asked for accepted reports rather than drafts
	 */
	public ImportOutcome importFile(Caller caller, String batchId, TextExtractor.Extraction extraction,
			boolean accepted, Instant readAt) {
		String province = caller.requireProvince();
		ExtractionResult result = extraction.result();
		AgencyMatch match = this.agencies.match(province, result.agencyName());
		if (result.provinceCode() != null && !result.provinceCode().equals(province)) {
			return kept(caller, extraction, match, readAt, ImportOutcome.OTHER_PROVINCE, null, "other-province",
					result.provinceCode());
		}
		if (result.year() == null) {
			return kept(caller, extraction, match, readAt, ImportOutcome.INCOMPLETE, null, "no-year");
		}
		AgencyCandidate agency;
		if (caller.has(Role.PROVINCIAL_COORDINATOR)) {
			Optional<AgencyCandidate> matched = match.confident();
			if (matched.isEmpty()) {
				return (result.agencyName() == null)
						? kept(caller, extraction, match, readAt, ImportOutcome.NO_AGENCY, null, "no-agency-name")
						: kept(caller, extraction, match, readAt, ImportOutcome.NO_AGENCY, null, "no-agency",
								result.agencyName());
			}
			agency = matched.get();
		}
		else {
			String own = ImportProblems.requireAgencyOfReporter(caller);
			if (!ImportPreviews.errors(caller, province, result, match).isEmpty()) {
				return kept(caller, extraction, match, readAt, ImportOutcome.OTHER_AGENCY,
						match.best().map(AgencyCandidate::id).orElse(null), "other-agency", result.agencyName());
			}
			agency = new AgencyCandidate(own,
					match.best().filter((best) -> best.id().equals(own)).map(AgencyCandidate::name).orElse(null), null);
		}
		Optional<Report> existing = this.reports.ofAgencyAndYear(caller, agency.id(), result.year());
		if (existing.isPresent()) {
			return exists(agency, existing.get().id(), result.year());
		}
		String agencyName = (result.agencyName() != null) ? result.agencyName() : agency.name();
		if (agencyName == null) {
			return kept(caller, extraction, match, readAt, ImportOutcome.INCOMPLETE, agency.id(), "no-agency-name");
		}
		List<Figure> figures = ImportPreviews.figures(result);
		try {
			Report report = this.reports.create(caller, agency.id(),
					PreviewReportRequest.of(result, figures, extraction.normalisedText(), null, agencyName,
							new ReportOrigin(result.source(), ReportOrigin.BATCH, batchId, readAt,
									(result.publishedOn() != null) ? java.time.LocalDate.parse(result.publishedOn())
											: null)),
					UUID.randomUUID().toString(),
					ImportMessages.text(RequestLanguage.DEFAULT, "import.note.batch", result.source(), batchId),
					accepted);
			return new ImportOutcome(ImportOutcome.CREATED, agency.id(), agency.name(), report.id(), null,
					accepted ? "created-accepted" : "created", List.of());
		}
		catch (ReportAlreadyExistsException ex) {
			return exists(agency,
					this.reports.ofAgencyAndYear(caller, agency.id(), result.year()).map(Report::id).orElse(null),
					result.year());
		}
		catch (ProblemException ex) {
			return kept(caller, extraction, match, readAt, ImportOutcome.INVALID, agency.id(), "invalid",
					ex.detailIn(Locale.CHINESE), ex.detailIn(Locale.ENGLISH));
		}
	}

	private static ImportOutcome exists(AgencyCandidate agency, String reportId, int year) {
		return new ImportOutcome(ImportOutcome.EXISTS, agency.id(), agency.name(), reportId, null, "exists",
				List.of(String.valueOf(year)));
	}

	/**
	 * Nothing made: the file is kept as a preview (the same one when the same text comes
	 * again), on which the person chooses the agency and makes the report.
	 */
	private ImportOutcome kept(Caller caller, TextExtractor.Extraction extraction, AgencyMatch match, Instant readAt,
			String outcome, String agencyId, String message, String... arguments) {
		String previewId = "batch-"
				+ digest(caller.subject() + "\n" + extraction.result().source() + "\n" + extraction.normalisedText());
		String province = caller.requireProvince();
		if (this.store.find(province, previewId).filter((found) -> !found.isExpired(readAt)).isEmpty()) {
			this.store.delete(province, previewId);
			this.store.insert(province, this.previews.of(caller, previewId, extraction, match));
		}
		return new ImportOutcome(outcome, agencyId,
				match.best().filter((best) -> best.id().equals(agencyId)).map(AgencyCandidate::name).orElse(null), null,
				previewId, message, List.of(arguments));
	}

	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
