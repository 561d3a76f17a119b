package io.gongkai.analytics.figures.export;

import java.time.Instant;

/**
 * How a cell reads as text: numbers without a trailing {@code .0}, instants in ISO-8601,
 * booleans as 是/否, blanks as nothing.
 */
final class Cells {

	private Cells() {
	}

	static String text(Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof Double number) {
			return (number == Math.rint(number) && Math.abs(number) < 1e15) ? Long.toString(number.longValue())
					: number.toString();
		}
		if (cell instanceof Boolean flag) {
			return flag ? "是" : "否";
		}
		if (cell instanceof Instant instant) {
			return instant.toString();
		}
		return cell.toString();
	}

}
