package io.gongkai.tenant.agency.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.tenant.agency.AgenciesChanged;
import io.gongkai.tenant.agency.Agency;
import io.gongkai.tenant.agency.AgencyStore.WriteFailure;
import io.gongkai.tenant.agency.AgencyStore;
import io.gongkai.tenant.agency.importing.ImportReport.RowResult;
import io.gongkai.tenant.problem.TenantProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Imports a province's agencies from a file: each row creates an agency or updates the
 * one with its id (or, without an id, its name). Every row is checked against the
 * registry as it will be once the whole file is in, so rows may name parents defined
 * further down. Either every row is valid and all are written, or nothing is, unless the
 * caller keeps the valid rows.
 * <p>
 * The store has no transactions: rows are written in unordered batches, each update only
 * if its agency did not change since it was read. Should the store fail midway, running
 * the same file again completes the import (rows already in are "unchanged").
 */
@Component
class AgencyImport {

	private final AgencyStore store;

	private final ApplicationEventPublisher events;

	AgencyImport(AgencyStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	ImportReport run(String provinceCode, Table table, boolean dryRun, boolean keepValidRows) {
		Map<AgencyColumn, String> headers = new EnumMap<>(AgencyColumn.class);
		Map<AgencyColumn, Integer> positions = columns(table.header(), headers);
		Integer width = "csv".equals(table.format()) ? table.header().size() : null;
		List<ImportRow> rows = table.rows()
			.stream()
			.map((row) -> new ImportRow(row, positions, headers, width))
			.toList();
		ImportPlan plan = new ImportPlan(provinceCode, this.store.all(provinceCode), rows);
		plan.check();
		List<Agency> created = new ArrayList<>();
		List<Agency> changed = new ArrayList<>();
		List<RowResult> results = new ArrayList<>();
		int[] counts = new int[4];
		for (ImportRow row : rows) {
			if (!row.valid()) {
				results.add(new RowResult(row.number, ImportReport.ERROR, row.id, row.name, List.of(),
						List.copyOf(row.errors)));
				counts[3]++;
				continue;
			}
			Agency target = plan.target(row);
			if (row.existing == null) {
				created.add(target);
				results.add(new RowResult(row.number, ImportReport.CREATED, target.id(), target.name(), List.of(),
						List.of()));
				counts[0]++;
				continue;
			}
			List<String> changes = changes(row.existing, target);
			if (changes.isEmpty()) {
				results.add(new RowResult(row.number, ImportReport.UNCHANGED, target.id(), target.name(), List.of(),
						List.of()));
				counts[2]++;
			}
			else {
				changed.add(target);
				results.add(new RowResult(row.number, ImportReport.UPDATED, target.id(), target.name(), changes,
						List.of()));
				counts[1]++;
			}
		}
		if (!dryRun && counts[3] > 0 && !keepValidRows) {
			throw new ProblemException(TenantProblem.IMPORT_REJECTED, counts[3], rows.size())
				.with("rows", results.stream().filter((result) -> result.status().equals(ImportReport.ERROR)).toList())
				.with("errorCount", counts[3]);
		}
		boolean commit = !dryRun && (!created.isEmpty() || !changed.isEmpty());
		if (commit) {
			List<WriteFailure> failures = this.store.write(created, changed);
			this.events.publishEvent(new AgenciesChanged(provinceCode));
			results = withFailures(results, failures, counts);
		}
		return new ImportReport(table.format(), dryRun, keepValidRows, !dryRun, rows.size(), counts[0], counts[1],
				counts[2], counts[3], results);
	}

	private static List<RowResult> withFailures(List<RowResult> results, List<WriteFailure> failures, int[] counts) {
		if (failures.isEmpty()) {
			return results;
		}
		Map<String, String> reasons = new HashMap<>();
		failures.forEach((failure) -> reasons.put(failure.id(), failure.reason()));
		List<RowResult> amended = new ArrayList<>();
		for (RowResult result : results) {
			String reason = (result.status().equals(ImportReport.CREATED)
					|| result.status().equals(ImportReport.UPDATED)) ? reasons.get(result.id()) : null;
			if (reason == null) {
				amended.add(result);
				continue;
			}
			counts[result.status().equals(ImportReport.CREATED) ? 0 : 1]--;
			counts[3]++;
			amended.add(new RowResult(result.row(), ImportReport.ERROR, result.id(), result.name(), List.of(),
					List.of(new ImportReport.RowError(null, "not written: " + reason + "; import the file again"))));
		}
		return amended;
	}

	private static Map<AgencyColumn, Integer> columns(List<String> header, Map<AgencyColumn, String> headers) {
		Map<AgencyColumn, Integer> positions = new EnumMap<>(AgencyColumn.class);
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip();
			if (name.isEmpty()) {
				continue;
			}
			int position = i;
			AgencyColumn column = AgencyColumn.of(name)
				.orElseThrow(() -> new ProblemException(TenantProblem.UNKNOWN_COLUMN, position + 1, name,
						String.join(", ", AgencyColumn.headers()))
					.with("column", name));
			if (positions.put(column, i) != null) {
				throw new ProblemException(TenantProblem.DUPLICATE_COLUMN, column.header()).with("column", name);
			}
			headers.put(column, name);
		}
		List<String> missing = new ArrayList<>();
		for (AgencyColumn column : AgencyColumn.values()) {
			if (column.required() && !positions.containsKey(column)) {
				missing.add(column.header() + " (" + column.field() + ")");
			}
		}
		if (!missing.isEmpty()) {
			throw new ProblemException(TenantProblem.MISSING_COLUMN, String.join(", ", missing)).with("columns",
					missing);
		}
		return positions;
	}

	private static List<String> changes(Agency before, Agency after) {
		List<String> changes = new ArrayList<>();
		compare(changes, "name", before.name(), after.name());
		compare(changes, "aliases", before.aliases(), after.aliases());
		compare(changes, "level", before.level(), after.level());
		compare(changes, "kind", before.kind(), after.kind());
		compare(changes, "regionCode", before.regionCode(), after.regionCode());
		compare(changes, "parentId", before.parentId(), after.parentId());
		compare(changes, "scope", before.scope(), after.scope());
		compare(changes, "createdYear", before.createdYear(), after.createdYear());
		compare(changes, "abolishedYear", before.abolishedYear(), after.abolishedYear());
		compare(changes, "mergedInto", before.mergedInto(), after.mergedInto());
		compare(changes, "active", before.active(), after.active());
		return changes;
	}

	private static void compare(List<String> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(field);
		}
	}

}
