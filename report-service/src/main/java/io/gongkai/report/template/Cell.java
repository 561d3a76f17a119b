package io.gongkai.report.template;

/**
 * One figure of a table.
 *
 * @param id the stable id: {@code t2.<row>.<column>}, {@code t3.<row>.<column>} or
 * {@code t4.<column>}
 * @param table the table holding it
 * @param rowId the template's row id ({@code count} for the single row of T4)
 * @param columnId the template's column id
 * @param rowLabel the row's label without its numbering, qualified by its group, e.g.
 * {@code 本年度办理结果·不予公开·属于国家秘密}; empty for T4
 * @param columnLabel the column's label qualified by its group, e.g. {@code 法人或其他组织·商业企业}
 * @param signed whether the figure is a change that may be negative (the 本年增/减 column of
 * the 2019 T2); every other figure counts something and is never negative
 */
public record Cell(String id, Table table, String rowId, String columnId, String rowLabel, String columnLabel,
		boolean signed) {

	/**
	 * A Chinese description a person recognises in the printed table.
	 * @return e.g. {@code T3「本年新收政府信息公开申请数量」行「自然人」列}
	 */
	public String label() {
		if (this.rowLabel.isEmpty()) {
			return this.table + "「" + this.columnLabel + "」";
		}
		return this.table + "「" + this.rowLabel + "」行「" + this.columnLabel + "」列";
	}

}
