package io.gongkai.analytics.figures.web;

import io.gongkai.analytics.figures.query.Visibility;
import io.gongkai.analytics.figures.store.NationalFigures;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.platform.security.Role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who sees what: national analysts and the platform admin every province; a provincial
 * coordinator its own province in detail and only national aggregates of the others; an
 * agency reporter only its own agency (through {@code /my-agency}).
 */
@Component
class FiguresAccess {

	private final NationalFigures figures;

	FiguresAccess(NationalFigures figures) {
		this.figures = figures;
	}

	/**
	 * The provinces whose rows the caller may see.
	 */
	Visibility visibility(Caller caller) {
		ready();
		if (caller.has(Role.NATIONAL_ANALYST) || caller.has(Role.PLATFORM_ADMIN)) {
			return Visibility.nation();
		}
		if (caller.has(Role.PROVINCIAL_COORDINATOR)) {
			return Visibility.province(caller.requireProvince());
		}
		throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
				"Comparisons are for national analysts and provincial coordinators; agency reporters use /api/analytics/my-agency.");
	}

	/**
	 * Refuses a province the caller may not see in detail.
	 */
	void requireVisible(Visibility visibility, String province) {
		if (!visibility.sees(province)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "foreign-province", "Another province",
					"Your account sees province " + visibility.province()
							+ " in detail and only national totals, medians and quartiles of the others: ask for province "
							+ visibility.province() + " or leave the province out.");
		}
	}

	/**
	 * Refuses while the read model is still being loaded at start-up.
	 */
	void ready() {
		if (!this.figures.loaded()) {
			ProblemException loading = new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "figures-loading",
					"Figures loading", "The national figures are being loaded after a restart: try again shortly.");
			loading.getHeaders().set("Retry-After", "10");
			throw loading;
		}
	}

}
