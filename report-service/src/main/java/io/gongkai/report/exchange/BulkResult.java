package io.gongkai.report.exchange;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What became of one document of a bulk upload.
 *
 * @param index its place in the upload, from 0
 * @param line its line, for JSON Lines, from 1
 * @param agencyId the agency it names, if it could be read
 * @param year the year it covers, if it could be read
 * @param outcome {@code created}, {@code exists} (the agency has a report on the year:
 * nothing changed), {@code invalid} (see {@code problems}), or, in an atomic upload that
 * was refused, {@code not-created}
 * @param reportId the report created, or the one that exists
 * @param location the path of that report
 * @param problems what is wrong with it, as problems of the report API
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BulkResult(int index, Integer line, String agencyId, Integer year, String outcome, String reportId,
		String location, List<Map<String, Object>> problems) {

	static final String CREATED = "created";

	static final String EXISTS = "exists";

	static final String INVALID = "invalid";

	static final String NOT_CREATED = "not-created";

	static BulkResult of(BulkItem item, String outcome, String reportId, List<Map<String, Object>> problems) {
		return new BulkResult(item.index(), item.line(), item.agencyId(), item.year(), outcome, reportId,
				(reportId != null) ? "/api/reports/" + reportId : null, problems);
	}

}
