package io.gongkai.report.importing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.platform.security.Role;
import io.gongkai.report.registry.AgencyCandidate;
import io.gongkai.report.registry.AgencyMatch;
import io.gongkai.report.registry.AgencySearch;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.textimport.ExtractionResult;
import io.gongkai.report.textimport.MetricValue;
import io.gongkai.report.textimport.TextExtractor;
import io.gongkai.report.textimport.TextImportException;

import org.springframework.stereotype.Component;

/**
 * Previewing an upload: extract its figures, match the agency it names against the
 * caller's province registry, warn about what looks wrong, and keep it for the agency to
 * confirm.
 */
@Component
class ImportPreviews {

	private final TextExtractor extractor;

	private final AgencySearch agencies;

	private final PreviewStore store;

	private final ImportSettings settings;

	private final Clock clock;

	ImportPreviews(TextExtractor extractor, AgencySearch agencies, PreviewStore store, ImportSettings settings,
			Clock clock) {
		this.extractor = extractor;
		this.agencies = agencies;
		this.store = store;
		this.settings = settings;
		this.clock = clock;
	}

	ImportPreview preview(Caller caller, String sourceName, byte[] bytes) {
		String province = caller.requireProvince();
		ImportProblems.requireAgencyOfReporter(caller);
		TextExtractor.Extraction extraction;
		try {
			extraction = this.extractor.extractWithText(sourceName, bytes);
		}
		catch (TextImportException ex) {
			throw ImportProblems.unreadable(sourceName, ex);
		}
		int length = extraction.normalisedText().length();
		if (length > this.settings.maxTextCharacters()) {
			throw new ProblemException(ReportProblem.PREVIEW_TEXT_TOO_LONG, length, this.settings.maxTextCharacters())
				.with("limit", this.settings.maxTextCharacters());
		}
		ExtractionResult result = extraction.result();
		AgencyMatch match = this.agencies.match(province, result.agencyName());
		ImportPreview preview = of(caller, UUID.randomUUID().toString(), extraction, match);
		this.store.insert(province, preview);
		return preview;
	}

	/** A new preview of an extraction, not yet stored. */
	ImportPreview of(Caller caller, String id, TextExtractor.Extraction extraction, AgencyMatch match) {
		String province = caller.requireProvince();
		ExtractionResult result = extraction.result();
		Instant now = this.clock.instant();
		return new ImportPreview(id, now, now.plus(this.settings.previewLifetime()), Uploader.of(caller), result,
				extraction.normalisedText(), match, errors(caller, province, result, match), warnings(result),
				figures(result), List.of(), 0);
	}

	/**
	 * The preview, if the caller may reach it: in the caller's province, uploaded by the
	 * caller, by its agency, or any of the province's for a coordinator; not expired.
	 */
	ImportPreview reachable(Caller caller, String id) {
		String province = caller.requireProvince();
		ImportPreview preview = this.store.find(province, id)
			.filter((found) -> found.createdBy().isVisibleTo(caller))
			.orElseThrow(() -> notFound(id));
		if (preview.isExpired(this.clock.instant())) {
			throw new ProblemException(ReportProblem.PREVIEW_EXPIRED, id, preview.expiresAt());
		}
		return preview;
	}

	ImportPreview confirm(Caller caller, String id, ConfirmationRequest request) {
		ImportPreview before = reachable(caller, id);
		List<Decision> decisions = FigureDecisions.decide(before.figures(), request, Uploader.of(caller),
				this.clock.instant());
		List<Figure> after = FigureDecisions.apply(before.figures(), decisions);
		if (!this.store.recordDecisions(caller.requireProvince(), before, after, decisions)) {
			throw new ProblemException(ReportProblem.PREVIEW_CHANGED);
		}
		return reachable(caller, id);
	}

	static ProblemException notFound(String id) {
		return new ProblemException(ReportProblem.PREVIEW_NOT_FOUND, id);
	}

	static List<Figure> figures(ExtractionResult result) {
		List<Figure> figures = new ArrayList<>();
		result.metrics().forEach((metric, value) -> figures.add(figure(metric, value)));
		return figures;
	}

	private static Figure figure(String metric, MetricValue value) {
		return new Figure(metric, value.value(), value.qualifier().wireName(), value.evidence(), value.start(),
				value.end(), Figure.EXTRACTED);
	}

	/**
	 * What stops the report from becoming the uploader's draft by one click: the text
	 * names another province, or (for a reporter) an agency the registry matches to
	 * another agency than the reporter's.
	 */
	static List<Warning> errors(Caller caller, String province, ExtractionResult result, AgencyMatch match) {
		List<Warning> errors = new ArrayList<>();
		if (result.provinceCode() != null && !result.provinceCode().equals(province)) {
			errors.add(new Warning(Warning.OTHER_PROVINCE, result.provinceCode(), province));
		}
		if (result.agencyName() != null && caller.agency() != null && !caller.has(Role.PROVINCIAL_COORDINATOR)
				&& match.status() == AgencyMatch.Status.MATCHED
				&& match.best().map(AgencyCandidate::id).filter(caller.agency()::equals).isEmpty()) {
			errors.add(new Warning(Warning.OTHER_AGENCY, result.agencyName(),
					match.best().map(AgencyCandidate::name).orElse(null)));
		}
		return errors;
	}

	static List<Warning> warnings(ExtractionResult result) {
		List<Warning> warnings = new ArrayList<>();
		if (result.agencyName() == null) {
			warnings.add(new Warning("no-agency-name"));
		}
		if (result.year() == null) {
			warnings.add(new Warning("no-year"));
		}
		if (result.metrics().isEmpty()) {
			warnings.add(new Warning("no-figures"));
		}
		List<String> fractional = new java.util.ArrayList<>(result.metrics()
			.entrySet()
			.stream()
			.filter((entry) -> !(entry.getValue().value() instanceof Long))
			.map(Map.Entry::getKey)
			.toList());
		result.cells()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() != null && !(entry.getValue() instanceof Long))
			.map(Map.Entry::getKey)
			.forEach(fractional::add);
		if (!fractional.isEmpty()) {
			warnings.add(new Warning(Warning.FRACTIONAL_FIGURES, fractional));
		}
		List<String> unplaced = PreviewReportRequest.cellsNotInFormat(result);
		if (!unplaced.isEmpty()) {
			List<String> arguments = new ArrayList<>();
			arguments.add(String.valueOf(result.year()));
			arguments.addAll(unplaced);
			warnings.add(new Warning(Warning.CELLS_NOT_IN_FORMAT, arguments));
		}
		return warnings;
	}

}
