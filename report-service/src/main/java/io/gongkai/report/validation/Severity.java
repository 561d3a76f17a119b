package io.gongkai.report.validation;

/**
 * How much a finding matters.
 */
public enum Severity {

	/** The report contradicts itself; it must be fixed before it is accepted. */
	ERROR,
	/** Worth a look: possibly right, possibly a mistake. */
	WARNING

}
