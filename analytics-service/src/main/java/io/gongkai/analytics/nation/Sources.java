package io.gongkai.analytics.nation;

/**
 * The Chinese words for where values came from.
 */
public final class Sources {

	private Sources() {
	}

	public static String label(String source) {
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
