package io.gongkai.report.published;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a reader asks the report builder: agencies (or provinces, as sums of their
 * published agencies) × figures × years, with conditions on the values.
 *
 * @param byProvince whether rows are provinces rather than agencies
 * @param figures the figures and rates, as columns, in the order asked
 * @param years the years (empty: every year)
 * @param provinces the provinces (empty: every province)
 * @param agencies the agencies (empty: every agency)
 * @param filters conditions every row meets
 * @param page the page, from 0
 * @param size rows per page
 */
record TableQuery(boolean byProvince, List<String> figures, Set<Integer> years, Set<String> provinces,
		Set<String> agencies, List<TableFilter> filters, int page, int size) {

	/** The query string that asks the same again, without the page. */
	String queryString() {
		List<String> parts = new ArrayList<>();
		parts.add("by=" + (this.byProvince ? "province" : "agency"));
		parts.add("figure=" + encode(String.join(",", this.figures)));
		if (!this.years.isEmpty()) {
			parts.add("year=" + this.years.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
		}
		if (!this.provinces.isEmpty()) {
			parts.add("province=" + encode(this.provinces.stream().sorted().collect(Collectors.joining(","))));
		}
		if (!this.agencies.isEmpty()) {
			parts.add("agency=" + encode(this.agencies.stream().sorted().collect(Collectors.joining(","))));
		}
		this.filters.forEach((filter) -> parts.add("filter=" + encode(filter.written())));
		return String.join("&", parts);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
