package io.gongkai.report.template;

import java.util.List;

/**
 * Thrown when a figure is negative: every cell of the template counts something.
 */
public class NegativeCellValueException extends IllegalArgumentException {

	private final List<String> cellIds;

	public NegativeCellValueException(List<String> cellIds) {
		super("A figure cannot be negative: " + String.join(", ", cellIds));
		this.cellIds = List.copyOf(cellIds);
	}

	/** The ids holding a negative figure, in the order given. */
	public List<String> cellIds() {
		return this.cellIds;
	}

}
