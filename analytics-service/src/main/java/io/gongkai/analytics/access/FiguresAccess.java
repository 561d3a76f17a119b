package io.gongkai.analytics.access;

import io.gongkai.analytics.nation.NationalFigures;
import io.gongkai.analytics.nation.ProvinceNames;
import io.gongkai.analytics.nation.Visibility;

import io.gongkai.analytics.problem.AnalyticsProblem;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.platform.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who sees what: national analysts and the platform admin every province; a provincial
 * coordinator its own province in detail and only national aggregates of the others; an
 * agency reporter only its own agency (through {@code /my-agency}).
 */
@Component
public class FiguresAccess {

	private final NationalFigures figures;

	public FiguresAccess(NationalFigures figures) {
		this.figures = figures;
	}

	/**
	 * The provinces whose rows the caller may see.
	 */
	public Visibility visibility(Caller caller) {
		ready();
		if (caller.has(Role.NATIONAL_ANALYST) || caller.has(Role.PLATFORM_ADMIN)) {
			return Visibility.nation();
		}
		if (caller.has(Role.PROVINCIAL_COORDINATOR)) {
			return Visibility.province(caller.requireProvince());
		}
		throw new ProblemException(AnalyticsProblem.COMPARISONS_NOT_FOR_REPORTERS);
	}

	/**
	 * Refuses a province the caller may not see in detail.
	 */
	public void requireVisible(Visibility visibility, String province) {
		if (!visibility.sees(province)) {
			throw new ProblemException(AnalyticsProblem.FOREIGN_PROVINCE, ProvinceNames.name(visibility.province()),
					visibility.province());
		}
	}

	/**
	 * Refuses while the read model is still being loaded at start-up.
	 */
	public void ready() {
		if (!this.figures.loaded()) {
			ProblemException loading = new ProblemException(AnalyticsProblem.FIGURES_LOADING);
			loading.getHeaders().set("Retry-After", "10");
			throw loading;
		}
	}

}
