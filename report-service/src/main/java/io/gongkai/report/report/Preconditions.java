package io.gongkai.report.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.audit.AuditEntry;
import io.gongkai.report.audit.AuditTrail;
import io.gongkai.report.audit.FieldChange;
import io.gongkai.report.problem.ReportProblem;

import org.springframework.stereotype.Component;

/**
 * ETags and {@code If-Match}. A report's ETag is its revision ({@code "7"}), which every
 * change moves on by one. A change sent with a stale {@code If-Match} is refused with
 * 412, listing the cells, sections, figures and fields changed since the caller's
 * revision, and who did what, from the audit trail.
 */
@Component
class Preconditions {

	private final AuditTrail audit;

	private final ReportStore store;

	Preconditions(AuditTrail audit, ReportStore store) {
		this.audit = audit;
		this.store = store;
	}

	static String etag(Report report) {
		return "\"" + report.revision() + "\"";
	}

	/**
	 * Checks {@code If-Match} against the report's revision.
	 * @param required whether a missing header is refused (428)
	 */
	void check(String provinceCode, Report report, String ifMatch, boolean required) {
		if (ifMatch == null || ifMatch.isBlank()) {
			if (required) {
				throw new ProblemException(ReportProblem.PRECONDITION_REQUIRED, etag(report)).with("field", "If-Match");
			}
			return;
		}
		String tag = ifMatch.trim();
		if (tag.equals("*")) {
			return;
		}
		tag = tag.startsWith("W/") ? tag.substring(2) : tag;
		tag = tag.replace("\"", "");
		long base;
		try {
			base = Long.parseLong(tag);
		}
		catch (NumberFormatException exception) {
			base = -1;
		}
		if (base != report.revision()) {
			throw changedSince(provinceCode, report, base);
		}
	}

	/** The 412 for a caller whose copy is at the given revision. */
	ProblemException changedSince(String provinceCode, Report current, long base) {
		this.store.flushPending(provinceCode, current.id());
		List<AuditEntry> since = (base >= 0 && base < current.revision())
				? this.audit.since(provinceCode, current.id(), base) : List.of();
		Map<String, TreeSet<String>> changed = new LinkedHashMap<>();
		for (String kind : List.of("cells", "sections", "metrics", "fields")) {
			changed.put(kind, new TreeSet<>());
		}
		for (AuditEntry entry : since) {
			for (FieldChange change : entry.changes()) {
				changed.get(plural(change.kind())).add(change.id());
			}
		}
		List<Map<String, Object>> actions = since.stream()
			.map((entry) -> Map.<String, Object>of("revision", entry.revision(), "action", entry.action(), "actor",
					entry.actor(), "actorName", entry.actorName(), "at", entry.at().toString()))
			.toList();
		return new ProblemException(since.isEmpty() ? ReportProblem.UNKNOWN_REVISION : ReportProblem.REPORT_CHANGED,
				base, current.revision())
			.with("currentETag", etag(current))
			.with("changed", changed)
			.with("actions", actions);
	}

	private static String plural(String kind) {
		return switch (kind) {
			case FieldChange.CELL -> "cells";
			case FieldChange.SECTION -> "sections";
			case FieldChange.METRIC -> "metrics";
			default -> "fields";
		};
	}

}
