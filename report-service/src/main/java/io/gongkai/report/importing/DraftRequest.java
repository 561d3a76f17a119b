package io.gongkai.report.importing;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Optional details of the report made from a preview.
 *
 * @param kind {@code government} or {@code department} (the report API's default)
 * @param agencyId the agency the report belongs to, as the person chose it: a reporter's
 * own agency only, any agency of the province for a coordinator. Required when the
 * preview has errors (another province, another agency), and for a coordinator when the
 * registry matched no agency
 * @param accepted for a coordinator: the report is accepted at once rather than left a
 * draft for its agency (the agency already published it)
 */
record DraftRequest(@Pattern(regexp = "government|department", message = "{draft.kind.pattern}") String kind,
		@Size(min = 1, max = 64, message = "{draft.agencyId.size}") String agencyId, Boolean accepted) {

	static final DraftRequest NONE = new DraftRequest(null, null, null);

	boolean isAccepted() {
		return Boolean.TRUE.equals(this.accepted);
	}

}
