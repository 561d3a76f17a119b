package io.gongkai.analytics.catalogue;

/**
 * Whether a figure read from a legacy report and the same figure read from a template
 * report measure the same thing.
 */
public enum Comparability {

	/** Both formats state it, and with the same meaning. */
	comparable,

	/** Both formats state it, but with a different meaning: see the figure's note. */
	not_comparable,

	/** Only legacy reports (free text, before 2019) state it. */
	legacy_only,

	/** Only template reports (2019 on) state it. */
	template_only

}
