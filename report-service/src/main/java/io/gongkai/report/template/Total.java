package io.gongkai.report.template;

import java.util.List;

/**
 * A cell the template prints as the sum of other cells of its table: a 总计 column (the sum
 * of the columns beside it under the same heading) or a 总计 row (the sum of the rows under
 * the same group row).
 *
 * @param cellId the total's cell
 * @param parts the cells it sums, in printed order
 */
public record Total(String cellId, List<String> parts) {

	public Total {
		parts = List.copyOf(parts);
	}

}
