package io.gongkai.analytics.publicfigures;

/**
 * Where a reader goes from a national figure: the public list of a province's published
 * reports of a year, each of which opens the report and its document.
 */
final class PublicLinks {

	private PublicLinks() {
	}

	/** The public page listing a province's published reports of a year. */
	static String reports(String province, int year) {
		return "/public/index.html#/?province=" + province + "&year=" + year;
	}

	/** The same list through the API. */
	static String reportsApi(String province, int year) {
		return "/api/public/reports?province=" + province + "&year=" + year;
	}

}
