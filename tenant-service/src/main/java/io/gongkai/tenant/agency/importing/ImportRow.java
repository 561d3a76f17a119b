package io.gongkai.tenant.agency.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.gongkai.tenant.agency.Agency;
import io.gongkai.tenant.agency.AgencyKind;
import io.gongkai.tenant.agency.AgencyLevel;
import io.gongkai.tenant.agency.importing.ImportReport.RowError;

/**
 * One row of an agency file on its way into the registry: the values read, the agency
 * they designate and what is wrong with them.
 */
final class ImportRow {

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern ALIAS_SPLIT = Pattern.compile("[" + AgencyColumn.ALIAS_SEPARATORS + "]");

	final int number;

	private final Map<AgencyColumn, String> headers;

	private final Map<AgencyColumn, String> values = new EnumMap<>(AgencyColumn.class);

	final List<RowError> errors = new ArrayList<>();

	String id;

	String name;

	List<String> aliases = List.of();

	AgencyLevel level;

	AgencyKind kind;

	String regionCode;

	String parentId;

	String parentName;

	String scope;

	Integer createdYear;

	Integer abolishedYear;

	String mergedInto;

	/** The registry's agency this row changes, or {@code null} for a new one. */
	Agency existing;

	/** The parent's id once resolved by id or name. */
	String resolvedParent;

	ImportRow(Table.Row row, Map<AgencyColumn, Integer> positions, Map<AgencyColumn, String> headers,
			Integer headerWidth) {
		this.number = row.number();
		this.headers = headers;
		if (row.malformation() != null) {
			error(null, row.malformation());
		}
		List<String> cells = row.cells();
		if (headerWidth != null && row.malformation() == null && cells.size() != headerWidth
				&& !trailingBlanks(cells, headerWidth)) {
			error(null, "has " + cells.size() + " values where the header has " + headerWidth
					+ " columns; check for a missing or extra separator, or a value with a comma not enclosed in quotes");
		}
		positions.forEach((column, position) -> this.values.put(column,
				(position < cells.size()) ? unprotected(cells.get(position).strip()) : ""));
		parse();
	}

	/**
	 * A value as export wrote it, without the apostrophe that keeps a spreadsheet from
	 * running it as a formula.
	 */
	private static String unprotected(String value) {
		if (value.length() > 1 && value.charAt(0) == '\''
				&& AgencyExport.FORMULA_STARTS.indexOf(value.charAt(1)) >= 0) {
			return value.substring(1);
		}
		return value;
	}

	private static boolean trailingBlanks(List<String> cells, int width) {
		if (cells.size() < width) {
			return false;
		}
		return cells.subList(width, cells.size()).stream().allMatch(String::isBlank);
	}

	private void parse() {
		this.id = optional(AgencyColumn.ID);
		this.name = optional(AgencyColumn.NAME);
		if (this.name == null) {
			error(AgencyColumn.NAME, "the name is missing");
		}
		else if (this.name.length() > 100) {
			error(AgencyColumn.NAME, "the name is longer than 100 characters");
		}
		String aliasCell = optional(AgencyColumn.ALIASES);
		if (aliasCell != null) {
			this.aliases = Arrays.stream(ALIAS_SPLIT.split(aliasCell))
				.map(String::strip)
				.filter((alias) -> !alias.isEmpty())
				.distinct()
				.toList();
		}
		String level = optional(AgencyColumn.LEVEL);
		this.level = (level != null) ? Vocabulary.level(level).orElse(null) : null;
		if (this.level == null) {
			error(AgencyColumn.LEVEL, (level == null) ? "the level is missing: 省级, 地级, 县级 or 乡级"
					: "'" + level + "' is not a level: 省级, 地级, 县级 or 乡级 (province, prefecture, county, township)");
		}
		String kind = optional(AgencyColumn.KIND);
		this.kind = (kind != null) ? Vocabulary.kind(kind).orElse(null) : null;
		if (this.kind == null) {
			error(AgencyColumn.KIND, (kind == null) ? "the kind is missing: 政府 or 部门"
					: "'" + kind + "' is not a kind: 政府 or 部门 (government, department)");
		}
		this.regionCode = optional(AgencyColumn.REGION_CODE);
		this.parentId = optional(AgencyColumn.PARENT_ID);
		this.parentName = optional(AgencyColumn.PARENT_NAME);
		String scope = optional(AgencyColumn.SCOPE);
		this.scope = (scope == null) ? Agency.OWN : Vocabulary.scope(scope).orElse(null);
		if (this.scope == null) {
			error(AgencyColumn.SCOPE, "'" + scope + "' is not a report scope: 本级 or 汇总 (own, aggregate)");
		}
		this.createdYear = year(AgencyColumn.CREATED_YEAR);
		this.abolishedYear = year(AgencyColumn.ABOLISHED_YEAR);
		this.mergedInto = optional(AgencyColumn.MERGED_INTO);
	}

	private Integer year(AgencyColumn column) {
		String value = optional(column);
		if (value == null) {
			return null;
		}
		String digits = value.endsWith("年") ? value.substring(0, value.length() - 1) : value;
		if (!YEAR.matcher(digits).matches()) {
			error(column, "'" + value + "' is not a year such as 2019");
			return null;
		}
		return Integer.valueOf(digits);
	}

	/**
	 * Whether the file has this column; a column left out keeps the registry's value.
	 */
	boolean has(AgencyColumn column) {
		return this.values.containsKey(column);
	}

	private String optional(AgencyColumn column) {
		String value = this.values.get(column);
		return (value == null || value.isEmpty()) ? null : value;
	}

	void error(AgencyColumn column, String message) {
		this.errors
			.add(new RowError((column != null) ? this.headers.getOrDefault(column, column.header()) : null, message));
	}

	boolean valid() {
		return this.errors.isEmpty();
	}

	/**
	 * The column a row refers to its parent by: the id column when it has an id there.
	 */
	AgencyColumn parentColumn() {
		return (this.parentId != null) ? AgencyColumn.PARENT_ID : AgencyColumn.PARENT_NAME;
	}

}
