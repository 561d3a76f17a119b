package io.gongkai.report.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.report.audit.AuditEntry;
import io.gongkai.report.audit.AuditTrail;
import io.gongkai.report.problem.ReportProblem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every version of a report, the differences between two, and its audit trail; readable
 * by the agency and its coordinator.
 */
@RestController
@RequestMapping("/api/reports/{id}")
@PreAuthorize("hasAnyRole('AGENCY_REPORTER', 'PROVINCIAL_COORDINATOR')")
class ReportHistoryController {

	private final ReportAccess access;

	private final ReportFindings findings;

	private final ReportStore store;

	private final AuditTrail audit;

	ReportHistoryController(ReportAccess access, ReportFindings findings, ReportStore store, AuditTrail audit) {
		this.access = access;
		this.findings = findings;
		this.store = store;
		this.audit = audit;
	}

	@GetMapping("/versions")
	List<ReportView.VersionSummary> versions(Caller caller, @PathVariable String id) {
		Report report = this.access.reachable(caller, id);
		Map<String, String> names = new HashMap<>();
		for (AuditEntry entry : this.audit.of(caller.requireProvince(), report.id())) {
			if (entry.actorName() != null) {
				names.put(entry.actor(), entry.actorName());
			}
		}
		return report.versions()
			.stream()
			.map((version) -> ReportView.VersionSummary.of(report, version, names))
			.toList();
	}

	/**
	 * One version: a number, {@code current} (the one readers see), {@code latest} (the
	 * one being worked on) or {@code returned} (the last submission sent back to the
	 * agency).
	 */
	@GetMapping("/versions/{version}")
	VersionView version(Caller caller, @PathVariable String id, @PathVariable String version) {
		Report report = this.access.reachable(caller, id);
		ReportVersion found = versionOf(report, version, "version");
		return VersionView.of(report, found, this.findings.of(caller.requireProvince(), report, found));
	}

	@GetMapping("/diff")
	VersionDiff diff(Caller caller, @PathVariable String id, @RequestParam String from, @RequestParam String to) {
		Report report = this.access.reachable(caller, id);
		return VersionDiff.between(report.id(), versionOf(report, from, "from"), versionOf(report, to, "to"));
	}

	@GetMapping("/audit")
	AuditView audit(Caller caller, @PathVariable String id) {
		Report report = this.access.reachable(caller, id);
		String province = caller.requireProvince();
		this.store.flushPending(province, report.id());
		return AuditView.of(report.id(), this.audit.of(province, report.id()));
	}

	static ReportVersion versionOf(Report report, String name, String parameter) {
		if (name.equals("latest")) {
			return report.latest();
		}
		if (name.equals("returned")) {
			return report.lastReturned()
				.orElseThrow(() -> new ProblemException(ReportProblem.NO_RETURNED_VERSION, report.id()).with("field",
						parameter));
		}
		if (name.equals("current")) {
			return report.current()
				.orElseThrow(() -> new ProblemException(ReportProblem.NO_CURRENT_VERSION, report.id()).with("field",
						parameter));
		}
		try {
			return report.version(Integer.parseInt(name)).orElseThrow(() -> noVersion(report, name, parameter));
		}
		catch (NumberFormatException exception) {
			throw new ProblemException(ReportProblem.INVALID_VERSION, name).with("field", parameter);
		}
	}

	private static ProblemException noVersion(Report report, String name, String parameter) {
		return new ProblemException(ReportProblem.VERSION_NOT_FOUND, report.id(), report.versions().size(), name)
			.with("field", parameter);
	}

}
