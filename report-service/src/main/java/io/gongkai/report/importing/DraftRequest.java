package io.gongkai.report.importing;

import jakarta.validation.constraints.Pattern;

/**
 * Optional details of the draft made from a preview.
 *
 * @param kind {@code government} or {@code department} (the report API's default)
 */
record DraftRequest(
		@Pattern(regexp = "government|department", message = "the kind is government or department") String kind) {
}
