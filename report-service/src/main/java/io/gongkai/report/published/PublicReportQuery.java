package io.gongkai.report.published;

import java.util.Optional;

/**
 * What a reader asks of the published reports.
 *
 * @param province a province code
 * @param year a year covered
 * @param agency an agency id
 * @param q part of an agency's name, searched as the registry searches
 * @param page the page, from 0
 * @param size reports per page
 */
record PublicReportQuery(Optional<String> province, Optional<Integer> year, Optional<String> agency, Optional<String> q,
		int page, int size) {

}
