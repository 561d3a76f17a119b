package io.gongkai.analytics.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How a cell reads as text: numbers without a trailing {@code .0}, instants as a Chinese
 * reader writes them in Beijing time (2023年4月1日 16:00), booleans as 是/否, blanks as
 * nothing.
 */
public final class Cells {

	private static final DateTimeFormatter BEIJING_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private Cells() {
	}

	public static String text(Object cell) {
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
			return BEIJING_TIME.format(instant);
		}
		return cell.toString();
	}

}
