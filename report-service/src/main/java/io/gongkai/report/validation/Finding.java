package io.gongkai.report.validation;

import java.util.List;

/**
 * Something validation found in a report.
 *
 * @param rule the check that found it
 * @param severity whether it must be fixed
 * @param cells the ids of the cells of the report involved, in the order of the check;
 * figures of the previous year's report are named in the messages only
 * @param blankCells those of {@code cells} that are blank (not reported)
 * @param expected the figure the check computed, {@code null} when none applies
 * @param found the figure the report states, {@code null} when none applies or the cell
 * is blank
 * @param message what is wrong and what to do, in Chinese
 * @param messageEn the same in English
 */
public record Finding(RuleId rule, Severity severity, List<String> cells, List<String> blankCells, Long expected,
		Long found, String message, String messageEn) {

	public Finding {
		cells = List.copyOf(cells);
		blankCells = List.copyOf(blankCells);
	}

}
