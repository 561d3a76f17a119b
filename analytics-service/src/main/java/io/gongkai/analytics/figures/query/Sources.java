package io.gongkai.analytics.figures.query;

/**
 * The Chinese words for where values came from.
 */
final class Sources {

	private Sources() {
	}

	static String label(String source) {
		if (source == null) {
			return null;
		}
		return switch (source) {
			case "legacy" -> "旧版报告";
			case "template" -> "模板报告";
			case "mixed" -> "旧版与模板混合";
			default -> source;
		};
	}

}
