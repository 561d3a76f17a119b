package io.gongkai.tenant.agency.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gongkai.platform.problem.ProblemMessages;
import io.gongkai.tenant.agency.Agency;
import io.gongkai.tenant.agency.AgencyRules;
import io.gongkai.tenant.agency.Violation;

/**
 * The rows of one file against the registry of one province as it will be once the whole
 * file is in: which agency each row designates, its parent (by id or by name, in the file
 * or in the registry), and everything that keeps a row out.
 */
final class ImportPlan {

	private final String provinceCode;

	private final Map<String, Agency> registryById = new HashMap<>();

	private final Map<String, Agency> registryByName = new HashMap<>();

	private final List<ImportRow> rows;

	private final Map<String, ImportRow> fileById = new HashMap<>();

	private final Map<String, ImportRow> fileByName = new HashMap<>();

	ImportPlan(String provinceCode, List<Agency> registry, List<ImportRow> rows) {
		this.provinceCode = provinceCode;
		this.rows = rows;
		registry.forEach((agency) -> {
			this.registryById.put(agency.id(), agency);
			this.registryByName.put(agency.name(), agency);
		});
	}

	void check() {
		this.rows.forEach(this::add);
		for (ImportRow row : this.rows) {
			names(row);
			references(row);
			rules(row);
		}
		this.rows.forEach(this::cycles);
		propagate();
	}

	/**
	 * Finds the agency a row designates, by id or else by name.
	 */
	private void add(ImportRow row) {
		boolean idGiven = row.id != null;
		if (idGiven) {
			row.existing = this.registryById.get(row.id);
			if (row.existing == null) {
				AgencyRules.id(this.provinceCode, row.id)
					.ifPresent((violation) -> row.error(AgencyColumn.ID, violation.message()));
			}
		}
		else if (row.name != null) {
			row.existing = this.registryByName.get(row.name);
			row.id = (row.existing != null) ? row.existing.id() : AgencyRules.newId(this.provinceCode, row.regionCode);
		}
		if (row.id == null) {
			return;
		}
		ImportRow earlier = this.fileById.putIfAbsent(row.id, row);
		if (earlier != null) {
			row.error(idGiven ? AgencyColumn.ID : AgencyColumn.NAME,
					ProblemMessages.text("label.import.sameAgency", earlier.number));
		}
		if (row.name != null) {
			ImportRow sameName = this.fileByName.putIfAbsent(row.name, row);
			if (sameName != null && sameName != earlier) {
				row.error(AgencyColumn.NAME, ProblemMessages.text("label.import.sameName", row.name, sameName.number));
			}
		}
	}

	private void names(ImportRow row) {
		if (row.name == null) {
			return;
		}
		Agency owner = this.registryByName.get(row.name);
		if (owner != null && !owner.id().equals(row.id)) {
			ImportRow ownerRow = this.fileById.get(owner.id());
			if (ownerRow == null || row.name.equals(ownerRow.name)) {
				row.error(AgencyColumn.NAME, ProblemMessages.text("label.import.nameTaken", row.name, owner.id()));
			}
		}
	}

	private void references(ImportRow row) {
		if (row.parentId != null) {
			if (this.fileById.containsKey(row.parentId) || this.registryById.containsKey(row.parentId)) {
				row.resolvedParent = row.parentId;
				String finalName = finalName(row.parentId);
				if (row.parentName != null && !row.parentName.equals(finalName)) {
					row.error(AgencyColumn.PARENT_NAME, ProblemMessages.text("label.import.parentNamedOtherwise",
							row.parentId, finalName, row.parentName));
				}
			}
			else {
				row.error(AgencyColumn.PARENT_ID, ProblemMessages.text("label.import.noAgency", row.parentId));
			}
		}
		else if (row.parentName != null) {
			ImportRow inFile = this.fileByName.get(row.parentName);
			Agency registered = this.registryByName.get(row.parentName);
			if (inFile != null) {
				row.resolvedParent = inFile.id;
			}
			else if (registered != null && row.parentName.equals(finalName(registered.id()))) {
				row.resolvedParent = registered.id();
			}
			else {
				row.error(AgencyColumn.PARENT_NAME, ProblemMessages.text("label.import.noAgencyNamed", row.parentName));
			}
		}
		else if (!row.has(AgencyColumn.PARENT_ID) && !row.has(AgencyColumn.PARENT_NAME) && row.existing != null) {
			row.resolvedParent = row.existing.parentId();
		}
		String mergedInto = mergedInto(row);
		if (mergedInto != null && row.has(AgencyColumn.MERGED_INTO) && !this.fileById.containsKey(mergedInto)
				&& !this.registryById.containsKey(mergedInto)) {
			row.error(AgencyColumn.MERGED_INTO, ProblemMessages.text("label.import.noAgency", mergedInto));
		}
	}

	private void rules(ImportRow row) {
		if (row.regionCode == null) {
			row.error(AgencyColumn.REGION_CODE, ProblemMessages.text("label.import.noRegionCode"));
		}
		else {
			AgencyRules.region(this.provinceCode, row.level, row.regionCode)
				.ifPresent((violation) -> report(row, violation));
		}
		AgencyRules.lifetime(row.id, createdYear(row), abolishedYear(row), mergedInto(row))
			.forEach((violation) -> report(row, violation));
	}

	private void cycles(ImportRow row) {
		if (row.resolvedParent == null || row.id == null) {
			return;
		}
		AgencyRules.cycle(row.id, row.resolvedParent, this::finalParent)
			.ifPresent((cycle) -> row.error(row.parentColumn(), ProblemMessages.text("label.import.cycle",
					String.join(" → ", cycle.stream().map(this::finalName).toList()))));
	}

	/**
	 * A row whose new parent or successor cannot be imported cannot be imported either.
	 */
	private void propagate() {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (ImportRow row : this.rows) {
				if (!row.valid()) {
					continue;
				}
				ImportRow parent = (row.resolvedParent != null) ? this.fileById.get(row.resolvedParent) : null;
				String mergedInto = mergedInto(row);
				ImportRow successor = (mergedInto != null) ? this.fileById.get(mergedInto) : null;
				if (parent != null && parent != row && !parent.valid() && parent.existing == null) {
					row.error(row.parentColumn(), ProblemMessages.text("label.import.parentRefused", parent.number));
					changed = true;
				}
				else if (successor != null && !successor.valid() && successor.existing == null) {
					row.error(AgencyColumn.MERGED_INTO,
							ProblemMessages.text("label.import.successorRefused", successor.number));
					changed = true;
				}
			}
		}
	}

	private void report(ImportRow row, Violation violation) {
		row.error(AgencyColumn.forField(violation.field()), violation.message());
	}

	private String finalParent(String id) {
		ImportRow row = this.fileById.get(id);
		if (row != null) {
			return row.resolvedParent;
		}
		Agency agency = this.registryById.get(id);
		return (agency != null) ? agency.parentId() : null;
	}

	private String finalName(String id) {
		ImportRow row = this.fileById.get(id);
		if (row != null && row.name != null) {
			return row.name;
		}
		Agency agency = this.registryById.get(id);
		return (agency != null) ? agency.name() : id;
	}

	private static Integer createdYear(ImportRow row) {
		return keep(row, AgencyColumn.CREATED_YEAR, row.createdYear,
				(row.existing != null) ? row.existing.createdYear() : null);
	}

	private static Integer abolishedYear(ImportRow row) {
		return keep(row, AgencyColumn.ABOLISHED_YEAR, row.abolishedYear,
				(row.existing != null) ? row.existing.abolishedYear() : null);
	}

	private static String mergedInto(ImportRow row) {
		return keep(row, AgencyColumn.MERGED_INTO, row.mergedInto,
				(row.existing != null) ? row.existing.mergedInto() : null);
	}

	/**
	 * The file's value, or the registry's when the file has no such column.
	 */
	private static <T> T keep(ImportRow row, AgencyColumn column, T fromFile, T registered) {
		return row.has(column) ? fromFile : registered;
	}

	/**
	 * The agency a valid row makes.
	 */
	Agency target(ImportRow row) {
		Agency existing = row.existing;
		Integer abolished = abolishedYear(row);
		return new Agency(row.id, this.provinceCode, row.name,
				keep(row, AgencyColumn.ALIASES, row.aliases, (existing != null) ? existing.aliases() : List.of()),
				row.level, row.kind, row.regionCode, row.resolvedParent,
				keep(row, AgencyColumn.SCOPE, row.scope, (existing != null) ? existing.scope() : Agency.OWN),
				abolished == null, createdYear(row), abolished, mergedInto(row),
				(existing != null) ? existing.version() + 1 : 1);
	}

}
