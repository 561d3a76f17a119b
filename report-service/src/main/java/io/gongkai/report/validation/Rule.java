package io.gongkai.report.validation;

import java.util.List;

/**
 * One family of checks. Implementations are immutable and precompute what they can from
 * the template, so that checking a report only reads its figures.
 */
interface Rule {

	/**
	 * Checks a report whose cell ids are known to belong to its format.
	 * @param input the report
	 * @param findings where to add what is found
	 */
	void check(ValidationInput input, List<Finding> findings);

}
