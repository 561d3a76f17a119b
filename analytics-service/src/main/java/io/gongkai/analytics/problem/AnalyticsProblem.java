package io.gongkai.analytics.problem;

import io.gongkai.platform.problem.ProblemType;

import org.springframework.http.HttpStatus;

/**
 * The problems analytics-service answers, each with its status and the slug of its type;
 * the titles and details are in {@code problems_zh.properties} and
 * {@code problems_en.properties}, with the arguments each detail names.
 */
public enum AnalyticsProblem implements ProblemType {

	UNKNOWN_FIGURE(HttpStatus.BAD_REQUEST, "unknown-figure"),

	PUBLIC_FIGURE_UNKNOWN(HttpStatus.BAD_REQUEST, "unknown-figure"),

	INVALID_FORMAT(HttpStatus.BAD_REQUEST, "invalid-format"),

	COMPARISONS_NOT_FOR_REPORTERS(HttpStatus.FORBIDDEN, "forbidden"),

	FOREIGN_PROVINCE(HttpStatus.FORBIDDEN, "foreign-province"),

	FIGURES_LOADING(HttpStatus.SERVICE_UNAVAILABLE, "figures-loading"),

	NO_AGENCY(HttpStatus.FORBIDDEN, "no-agency"),

	YEAR_REQUIRED(HttpStatus.BAD_REQUEST, "year-required"),

	YEAR_OUT_OF_RANGE(HttpStatus.BAD_REQUEST, "invalid-year"),

	YEARS_IN_WRONG_ORDER(HttpStatus.BAD_REQUEST, "invalid-year-range"),

	TOO_MANY_YEARS(HttpStatus.BAD_REQUEST, "invalid-year-range"),

	INVALID_PROVINCE(HttpStatus.BAD_REQUEST, "invalid-province"),

	UNKNOWN_PROVINCE(HttpStatus.NOT_FOUND, "unknown-province"),

	INVALID_GROUPING(HttpStatus.BAD_REQUEST, "invalid-grouping"),

	FIGURE_BY_PROVINCE_ONLY(HttpStatus.BAD_REQUEST, "figure-by-province-only"),

	INVALID_PAGE(HttpStatus.BAD_REQUEST, "invalid-page"),

	INVALID_PAGE_SIZE(HttpStatus.BAD_REQUEST, "invalid-page");

	private final HttpStatus status;

	private final String slug;

	AnalyticsProblem(HttpStatus status, String slug) {
		this.status = status;
		this.slug = slug;
	}

	@Override
	public HttpStatus status() {
		return this.status;
	}

	@Override
	public String slug() {
		return this.slug;
	}

}
