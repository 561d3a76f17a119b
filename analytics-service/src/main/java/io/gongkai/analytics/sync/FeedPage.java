package io.gongkai.analytics.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.gongkai.platform.security.client.UnreadableAnswerException;

/**
 * One page of report-service's feed of a province ({@code GET
 * /api/reports/provinces/{code}/feed}), as docs/analytics.md describes it.
 *
 * @param province the province the page is of
 * @param items the reports changed after the requested sequence number, in {@code seq}
 * order
 * @param next the cursor to ask from next time
 * @param more whether more changes wait after {@code next}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record FeedPage(String province, List<FeedEntry> items, Long next, Boolean more) {

	/**
	 * This page, if it is whole and consistent with a request for the changes of
	 * {@code provinceCode} after {@code after}.
	 * @throws UnreadableAnswerException when a field is missing or out of order, so that
	 * applying the page could skip a change
	 */
	FeedPage checked(String provinceCode, long after) {
		if (this.items == null || this.next == null || this.more == null) {
			throw new UnreadableAnswerException("page without items, next or more");
		}
		if (this.province != null && !this.province.equals(provinceCode)) {
			throw new UnreadableAnswerException("page of province " + this.province + " instead of " + provinceCode);
		}
		if (this.next < after || (this.more && this.next == after)) {
			throw new UnreadableAnswerException("next " + this.next + " does not move on from " + after);
		}
		long previous = after;
		for (FeedEntry entry : this.items) {
			if (entry == null || entry.seq() == null || entry.reportId() == null || entry.reportId().isBlank()
					|| entry.agencyId() == null || entry.year() == null || entry.status() == null) {
				throw new UnreadableAnswerException(
						"entry after seq " + previous + " lacks seq, reportId, agencyId, year or status");
			}
			if (entry.seq() <= previous || entry.seq() > this.next) {
				throw new UnreadableAnswerException(
						"entry seq " + entry.seq() + " out of order (after " + previous + ", next " + this.next + ")");
			}
			previous = entry.seq();
		}
		if (previous != this.next) {
			// The contract: next is the last entry's seq, or after on an empty page. A
			// next beyond them could skip changes that this page does not carry.
			throw new UnreadableAnswerException(
					"next " + this.next + " is not the last entry's seq (" + previous + ")");
		}
		return this;
	}

	/**
	 * One changed report: its state and its latest accepted or published figures, with
	 * (template reports) each mandated section and whether that version has it; or a
	 * report discarded (status {@code discarded}), which the read model drops.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record FeedEntry(Long seq, String reportId, String agencyId, String agencyName, Integer year, String format,
			String scope, String agencyKind, String status, LocalDate deadline, LocalDate firstSubmittedOn,
			Boolean onTime, Integer figuresVersion, String figuresStatus, Map<String, FeedMetric> metrics,
			Map<String, Long> cells, Map<String, Boolean> sections, FeedPublished published, Instant changedAt) {

		/** The status of a report discarded as a draft made by mistake: it is gone. */
		static final String DISCARDED = "discarded";

		/** Whether the report was discarded, and leaves the read model. */
		boolean isDiscard() {
			return DISCARDED.equals(this.status);
		}

	}

	/**
	 * What the public may read of a report: its last published version's number,
	 * publication time and figures; absent while no version was published.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record FeedPublished(Integer version, Instant publishedAt, Map<String, FeedMetric> metrics,
			Map<String, Long> cells) {

	}

	/**
	 * One catalogue figure.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record FeedMetric(Long value, String qualifier) {

	}

}
