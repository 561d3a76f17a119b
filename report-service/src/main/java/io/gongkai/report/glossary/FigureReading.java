package io.gongkai.report.glossary;

import java.util.List;

/**
 * A figure as one report states it.
 *
 * @param value the figure
 * @param qualifier {@code exact}, {@code at_least} or {@code approx}
 * @param source where it was read: the legacy phrase or the template's cells
 * @param cells the template cells summed, by id ({@code t3.…}); none for a legacy report
 */
public record FigureReading(long value, String qualifier, String source, List<String> cells) {

	public FigureReading {
		cells = (cells != null) ? List.copyOf(cells) : List.of();
	}

}
