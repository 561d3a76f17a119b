package io.gongkai.analytics.nation;

/**
 * What the rows of a comparison are.
 */
public enum Grouping {

	/** One row per province. */
	province,

	/** One row per administrative level of the reporting agency (省级, 地级, 县级, 乡级). */
	level,

	/** One row per kind of body (人民政府, 部门). */
	kind

}
