package io.gongkai.report.template;

import java.util.List;

/**
 * Thrown when a report names cells its format does not have.
 */
public class UnknownCellException extends IllegalArgumentException {

	private final TemplateFormat format;

	private final List<String> cellIds;

	public UnknownCellException(TemplateFormat format, List<String> cellIds) {
		super("Format " + format.id() + " has no cell " + String.join(", ", cellIds));
		this.format = format;
		this.cellIds = List.copyOf(cellIds);
	}

	public TemplateFormat format() {
		return this.format;
	}

	/** The unknown ids, in the order given. */
	public List<String> cellIds() {
		return this.cellIds;
	}

}
