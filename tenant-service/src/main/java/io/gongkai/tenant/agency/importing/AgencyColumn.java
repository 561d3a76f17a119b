package io.gongkai.tenant.agency.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an agency file, in the order export writes them. Import recognises the
 * Chinese header or the JSON field name, in any order; only the required columns must be
 * present. An optional column left out keeps what the registry has; present but blank, it
 * clears it.
 */
enum AgencyColumn {

	ID("编号", "id", false), NAME("名称", "name", true), ALIASES("别名", "aliases", false), LEVEL("层级", "level", true),
	KIND("类型", "kind", true), REGION_CODE("区划代码", "regionCode", true), PARENT_ID("上级机关编号", "parentId", false),
	PARENT_NAME("上级机关名称", "parentName", false), SCOPE("报告范围", "scope", false),
	CREATED_YEAR("成立年份", "createdYear", false), ABOLISHED_YEAR("撤销年份", "abolishedYear", false),
	MERGED_INTO("并入机关编号", "mergedInto", false);

	/** How aliases are separated in one cell; export writes the first. */
	static final String ALIAS_SEPARATORS = "；;|、";

	private final String header;

	private final String field;

	private final boolean required;

	AgencyColumn(String header, String field, boolean required) {
		this.header = header;
		this.field = field;
		this.required = required;
	}

	String header() {
		return this.header;
	}

	String field() {
		return this.field;
	}

	boolean required() {
		return this.required;
	}

	static Optional<AgencyColumn> of(String header) {
		String name = header.strip().replace("\uFEFF", "");
		return Arrays.stream(values())
			.filter((column) -> column.header.equals(name) || column.field.equalsIgnoreCase(name))
			.findFirst();
	}

	static List<String> headers() {
		return Arrays.stream(values()).map(AgencyColumn::header).toList();
	}

	/**
	 * The column to fix for a field of the JSON API.
	 */
	static AgencyColumn forField(String field) {
		return Arrays.stream(values())
			.filter((column) -> column.field.equals(field))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(field.toLowerCase(Locale.ROOT)));
	}

}
