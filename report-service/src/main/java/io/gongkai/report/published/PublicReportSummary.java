package io.gongkai.report.published;

import java.time.Instant;
import java.util.Map;

import io.gongkai.report.report.AgencyKind;
import io.gongkai.report.report.Report;

/**
 * A published report in a list: whose it is, which year, when it was published and
 * whether it was amended since.
 *
 * @param id the report's id
 * @param provinceCode its province
 * @param provinceName the province's name
 * @param agencyId the agency in the registry
 * @param agencyName the agency as the report names it
 * @param year the year it covers
 * @param format the template format it follows
 * @param kind government or department
 * @param version the number of the version shown
 * @param firstPublishedAt when it was first published
 * @param publishedAt when the version shown was published
 * @param amended whether it was amended after its first publication
 * @param amendedAt when the amendment shown was published, or {@code null}
 * @param onTime whether it was submitted (or, read from its published text, published) by
 * its deadline
 * @param links the report, its document (HTML and Word) and its exchange document
 */
record PublicReportSummary(String id, String provinceCode, String provinceName, String agencyId, String agencyName,
		int year, String format, AgencyKind kind, int version, Instant firstPublishedAt, Instant publishedAt,
		boolean amended, Instant amendedAt, Boolean onTime, Map<String, String> links) {

	static PublicReportSummary of(PublishedReport published, String provinceName) {
		Report report = published.report();
		String self = PublicReportController.REPORTS + "/" + report.id();
		return new PublicReportSummary(report.id(), published.provinceCode(), provinceName, report.agencyId(),
				published.shown().content().agencyName(), report.year(), report.format().id(), report.kind(),
				published.shown().number(), published.firstPublishedAt(), published.publishedAt(), published.amended(),
				published.amended() ? published.publishedAt() : null, report.onTime(), Map.of("self", self, "document",
						self + "/document", "word", self + "/document?format=docx", "exchange", self + "/export"));
	}

}
