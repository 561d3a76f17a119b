package io.gongkai.report.published;

import java.util.List;

/**
 * One page of published reports.
 *
 * @param items the reports of the page
 * @param page the page, from 0
 * @param size reports per page
 * @param total reports matching the query
 * @param search how an agency name was searched: {@code registry} (the registry's
 * tolerant search: short forms, former names, places), {@code name} (the text in the
 * agency's name, when the registry could not answer), or {@code null} without a search
 */
record PublicReportPage(List<PublicReportSummary> items, int page, int size, long total, String search) {

	PublicReportPage searchedBy(String how) {
		return new PublicReportPage(this.items, this.page, this.size, this.total, how);
	}

}
