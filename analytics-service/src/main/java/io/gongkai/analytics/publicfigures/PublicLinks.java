package io.gongkai.analytics.publicfigures;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a reader goes from a national figure: the public list of a province's published
 * reports of a year, each of which opens the report and its document, and a report's page
 * opened at the figure.
 */
final class PublicLinks {

	private PublicLinks() {
	}

	/** The public page listing a province's published reports of a year. */
	static String reports(String province, int year) {
		return "/public/index.html#/?province=" + province + "&year=" + year;
	}

	/** A published report's page, opened at where it states a figure. */
	static String report(String id, String figure) {
		return "/public/report.html?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "&figure="
				+ URLEncoder.encode(figure, StandardCharsets.UTF_8);
	}

	/** The same list through the API. */
	static String reportsApi(String province, int year) {
		return "/api/public/reports?province=" + province + "&year=" + year;
	}

}
