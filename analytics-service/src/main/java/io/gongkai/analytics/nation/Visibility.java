package io.gongkai.analytics.nation;

/**
 * Which provinces' own rows a caller may see: every province (national analysts, the
 * platform admin) or one (its coordinators). National aggregates (totals, medians,
 * quartiles) are visible to both.
 *
 * @param national whether every province is visible
 * @param province the one visible province when not national
 */
public record Visibility(boolean national, String province) {

	public static Visibility nation() {
		return new Visibility(true, null);
	}

	public static Visibility province(String code) {
		return new Visibility(false, code);
	}

	/** Whether the caller may see a province's own rows. */
	public boolean sees(String code) {
		return this.national || (code != null && code.equals(this.province));
	}

}
