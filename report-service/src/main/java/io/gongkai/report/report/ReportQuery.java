package io.gongkai.report.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.model.Sorts;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.problem.ReportProblem;
import org.bson.conversions.Bson;

/**
 * Which reports of a province to list, in which order, one page at a time.
 *
 * @param sort stored sort order; ties are broken by id so that pages never overlap
 */
record ReportQuery(Optional<String> agencyId, Optional<Integer> year, Optional<ReportStatus> status, Bson sort,
		int page, int size) {

	static final Set<String> SORTABLE = Set.of("year", "agencyName", "agencyId", "status", "updatedAt", "deadline");

	/**
	 * Reads {@code sort} parameters such as {@code year,desc} or {@code agencyName};
	 * several {@code sort} parameters sort by each in turn.
	 * @throws ProblemException 400 naming the parameter when a field or direction is
	 * unknown
	 */
	static Bson sortOf(String[] orders) {
		if (orders == null || orders.length == 0) {
			return ReportStore.defaultSort();
		}
		List<Bson> sorts = new ArrayList<>();
		for (String order : orders) {
			String[] parts = order.split(",", -1);
			String field = parts[0].trim();
			String direction = (parts.length > 1) ? parts[1].trim().toLowerCase() : "asc";
			if (!SORTABLE.contains(field) || parts.length > 2 || !Set.of("asc", "desc").contains(direction)) {
				throw new ProblemException(ReportProblem.INVALID_SORT, order,
						String.join(", ", SORTABLE.stream().sorted().toList()))
					.with("field", "sort");
			}
			sorts.add(direction.equals("desc") ? Sorts.descending(field) : Sorts.ascending(field));
		}
		sorts.add(Sorts.ascending("_id"));
		return Sorts.orderBy(sorts);
	}

}
