package io.gongkai.report.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongkai.platform.problem.PlatformProblem;
import io.gongkai.platform.problem.JsonProblems;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.report.NewReport;
import io.gongkai.report.report.Report;
import io.gongkai.report.report.ReportAlreadyExistsException;
import io.gongkai.report.report.Reports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * A coordinator's upload of many {@code gongkai.report/v1} documents, each starting the
 * report of an agency of the coordinator's province as a draft, in that province's
 * database only.
 * <p>
 * By default each document stands alone: one that is invalid, or whose agency already has
 * a report on the year, is answered as such and the others are created. With
 * {@code atomic}, every document is checked first (content, duplicates in the upload,
 * existing reports) and nothing is stored unless all pass; the documents are then
 * inserted one by one. There are no transactions: a crash, or another request creating
 * one of the same reports, between the first and the last insert leaves the upload partly
 * stored. Sending the same upload again is safe either way: a report already stored is
 * answered {@code exists}, never created twice (one report per agency and year).
 */
@Component
class BulkUploads {

	private static final Logger log = LoggerFactory.getLogger(BulkUploads.class);

	private final Reports reports;

	private final BulkSettings settings;

	private final JsonMapper json = JsonMapper.builder().build();

	BulkUploads(Reports reports, BulkSettings settings) {
		this.reports = reports;
		this.settings = settings;
	}

	/**
	 * The documents of an upload: a JSON array, or JSON Lines (one document a line, blank
	 * lines skipped; a line that is not JSON is answered for itself).
	 * @throws ProblemException for an upload that cannot be split into documents, that is
	 * empty or has more documents than allowed
	 */
	List<BulkItem> read(byte[] body, boolean lines) {
		List<BulkItem> items = new ArrayList<>();
		if (lines) {
			String[] texts = new String(body, StandardCharsets.UTF_8).split("\n", -1);
			for (int i = 0; i < texts.length; i++) {
				String text = texts[i].strip();
				if (text.isEmpty()) {
					continue;
				}
				tooMany(items.size() + 1);
				try {
					items.add(new BulkItem(items.size(), i + 1, this.json.readTree(text), null));
				}
				catch (JacksonException exception) {
					items.add(new BulkItem(items.size(), i + 1, null, firstLine(exception)));
				}
			}
		}
		else {
			JsonNode root;
			try {
				root = this.json.readTree(body);
			}
			catch (JacksonException exception) {
				throw new ProblemException(ReportProblem.UPLOAD_NOT_JSON, firstLine(exception));
			}
			if (root == null || !root.isArray()) {
				throw new ProblemException(ReportProblem.UPLOAD_NOT_AN_ARRAY, ExchangeDocument.V1);
			}
			tooMany(root.size());
			for (JsonNode node : root) {
				items.add(new BulkItem(items.size(), null, node, null));
			}
		}
		if (items.isEmpty()) {
			throw new ProblemException(ReportProblem.EMPTY_UPLOAD);
		}
		return items;
	}

	BulkAnswer upload(Caller caller, List<BulkItem> items, boolean atomic) {
		caller.requireProvince();
		Map<Integer, BulkResult> outcomes = new HashMap<>();
		List<Checked> checked = new ArrayList<>();
		Map<String, Integer> firstOfReport = new HashMap<>();
		for (BulkItem item : items) {
			try {
				checked.add(check(item, firstOfReport));
			}
			catch (ProblemException problem) {
				outcomes.put(item.index(), invalid(item, problem));
			}
		}
		if (atomic) {
			for (Checked document : checked) {
				this.reports.ofAgencyAndYear(caller, document.agencyId(), document.report().year())
					.ifPresent((existing) -> outcomes.put(document.item().index(),
							BulkResult.of(document.item(), BulkResult.EXISTS, existing.id(), null)));
			}
			if (!outcomes.isEmpty()) {
				throw refused(items, outcomes);
			}
		}
		int stored = 0;
		for (Checked document : checked) {
			if (outcomes.containsKey(document.item().index())) {
				continue;
			}
			BulkResult result = create(caller, document);
			outcomes.put(document.item().index(), result);
			stored += BulkResult.CREATED.equals(result.outcome()) ? 1 : 0;
		}
		BulkAnswer answer = BulkAnswer.of(atomic, items, outcomes);
		log.info("Bulk upload in province {} by {}: {} documents, {} created, {} exist, {} invalid", caller.province(),
				caller.username(), items.size(), stored, answer.exists(), answer.invalid());
		if (atomic && stored < checked.size()) {
			throw new ProblemException(ReportProblem.UPLOAD_PARTLY_STORED, checked.size() - stored).with("results",
					answer.results());
		}
		return answer;
	}

	private Checked check(BulkItem item, Map<String, Integer> firstOfReport) {
		if (item.unreadable() != null) {
			throw new ProblemException(ReportProblem.LINE_NOT_JSON, item.line(), item.unreadable());
		}
		ExchangeDocument document = ExchangeDocuments.read(item.node());
		String agencyId = ExchangeDocuments.agencyId(document);
		if (agencyId == null || agencyId.isBlank()) {
			throw ExchangeDocuments.invalid("agency.id",
					"give the registry id of the agency, one of your province's, in each document");
		}
		if (!ExchangeDocuments.AGENCY_ID.matcher(agencyId).matches()) {
			throw ExchangeDocuments.invalid("agency.id", "3 to 64 letters, digits or hyphens, as in the registry");
		}
		NewReport report = ExchangeDocuments.newReport(document);
		try {
			this.reports.check(report);
		}
		catch (ProblemException problem) {
			throw ExchangeDocuments.inExchangeTerms(problem);
		}
		Integer first = firstOfReport.putIfAbsent(agencyId + "|" + report.year(), item.index());
		if (first != null) {
			throw new ProblemException(ReportProblem.DUPLICATE_IN_UPLOAD, first, agencyId, report.year())
				.with("duplicateOf", first);
		}
		return new Checked(item, agencyId, report);
	}

	private BulkResult create(Caller caller, Checked document) {
		try {
			Report report = this.reports.create(caller, document.agencyId(), document.report(),
					UUID.randomUUID().toString(),
					"bulk upload (" + ExchangeDocument.V1 + "), document " + document.item().index());
			return BulkResult.of(document.item(), BulkResult.CREATED, report.id(), null);
		}
		catch (ReportAlreadyExistsException exists) {
			String id = this.reports.ofAgencyAndYear(caller, document.agencyId(), document.report().year())
				.map(Report::id)
				.orElse(null);
			return BulkResult.of(document.item(), BulkResult.EXISTS, id, null);
		}
		catch (ProblemException problem) {
			return invalid(document.item(), ExchangeDocuments.inExchangeTerms(problem));
		}
	}

	private void tooMany(int count) {
		if (count > this.settings.maxDocuments()) {
			throw new ProblemException(ReportProblem.TOO_MANY_DOCUMENTS, this.settings.maxDocuments()).with("limit",
					this.settings.maxDocuments());
		}
	}

	private static ProblemException refused(List<BulkItem> items, Map<Integer, BulkResult> outcomes) {
		List<BulkResult> results = new ArrayList<>();
		for (BulkItem item : items) {
			results.add(outcomes.getOrDefault(item.index(), BulkResult.of(item, BulkResult.NOT_CREATED, null, null)));
		}
		long invalid = results.stream().filter((r) -> BulkResult.INVALID.equals(r.outcome())).count();
		long exists = results.stream().filter((r) -> BulkResult.EXISTS.equals(r.outcome())).count();
		return new ProblemException(ReportProblem.UPLOAD_REFUSED, invalid, exists).with("results", results);
	}

	private static BulkResult invalid(BulkItem item, ProblemException exception) {
		ProblemDetail detail = exception.getBody();
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", String.valueOf(detail.getType()));
		problem.put("title", detail.getTitle());
		problem.put("status", detail.getStatus());
		problem.put("detail", detail.getDetail());
		if (detail.getProperties() != null) {
			problem.putAll(detail.getProperties());
		}
		return BulkResult.of(item, BulkResult.INVALID, null, List.of(problem));
	}

	private static String firstLine(JacksonException exception) {
		return JsonProblems.of(exception, PlatformProblem.MALFORMED_BODY).getDetail();
	}

	/** A document that passed the checks. */
	private record Checked(BulkItem item, String agencyId, NewReport report) {

	}

	/**
	 * The answer to an upload.
	 *
	 * @param atomic whether the upload was all or nothing
	 * @param documents how many documents it held
	 * @param created reports created
	 * @param exists documents whose agency already had a report on the year
	 * @param invalid documents refused, with their problems
	 * @param results one per document, in the upload's order
	 */
	record BulkAnswer(boolean atomic, int documents, long created, long exists, long invalid,
			List<BulkResult> results) {

		static BulkAnswer of(boolean atomic, List<BulkItem> items, Map<Integer, BulkResult> outcomes) {
			List<BulkResult> results = items.stream().map((item) -> outcomes.get(item.index())).toList();
			return new BulkAnswer(atomic, items.size(), count(results, BulkResult.CREATED),
					count(results, BulkResult.EXISTS), count(results, BulkResult.INVALID), results);
		}

		private static long count(List<BulkResult> results, String outcome) {
			return results.stream().filter((result) -> outcome.equals(result.outcome())).count();
		}

	}

}
