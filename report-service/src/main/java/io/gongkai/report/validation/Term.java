package io.gongkai.report.validation;

/**
 * One cell in an equation, with the sign it enters with and how to name it in messages.
 *
 * @param cellId the cell
 * @param previousYear whether the cell is read from the previous year's report
 * @param negative whether the cell is subtracted
 * @param label its name in Chinese messages
 * @param labelEn its name in English messages
 */
record Term(String cellId, boolean previousYear, boolean negative, String label, String labelEn) {

	static Term of(String cellId, String label, String labelEn) {
		return new Term(cellId, false, false, label, labelEn);
	}

	static Term previous(String cellId, String label, String labelEn) {
		return new Term(cellId, true, false, label, labelEn);
	}

	Term minus() {
		return new Term(this.cellId, this.previousYear, true, this.label, this.labelEn);
	}

}
