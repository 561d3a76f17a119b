package io.gongkai.report.validation;

/**
 * Which check produced a finding.
 */
public enum RuleId {

	/** T3, every column: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度. */
	R1,
	/** T3, every column: 办理结果总计 = the sum of all outcome rows. */
	R2,
	/** T3, every row: 总计 = 自然人 + the five 法人或其他组织 columns. */
	R3,
	/** T4: each 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
	R4,
	/** Across years: last year's 结转下年度 = this year's 上年结转. */
	R5,
	/** Across years, T2 2021: 现行有效 ≈ last year's 现行有效 + 制发 − 废止. */
	R6,
	/** Figures stated in the narrative equal the tables. */
	R7,
	/** A main figure jumped beyond ×5 or fell below ×0.2 of last year's. */
	YOY,
	/** Every reported cell of a table is zero. */
	ZERO,
	/** A mandated section is missing or empty. */
	SECTION

}
