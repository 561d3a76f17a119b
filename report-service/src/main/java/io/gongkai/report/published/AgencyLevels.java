package io.gongkai.report.published;

/**
 * The level of an agency as its id tells it: an agency's id begins with the six-digit
 * region code of the place it serves (…0000 a province, …00 a prefecture, else a county;
 * township bodies are registered under their county's code, so they read as county
 * level).
 */
final class AgencyLevels {

	private AgencyLevels() {
	}

	/** 省级, 市级 or 县级, or empty when the id does not begin with a region code. */
	static String of(String agencyId) {
		if (agencyId == null || agencyId.length() < 6
				|| !agencyId.substring(0, 6).chars().allMatch(Character::isDigit)) {
			return "";
		}
		String region = agencyId.substring(0, 6);
		if (region.endsWith("0000")) {
			return "省级";
		}
		return region.endsWith("00") ? "市级" : "县级";
	}

	/** A level as {@link #of} names it, in English; any other text as it is. */
	static String inEnglish(String level) {
		return switch (level) {
			case "省级" -> "Province";
			case "市级" -> "Prefecture";
			case "县级" -> "County";
			default -> level;
		};
	}

}
