package io.gongkai.report.template;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * The figures of a report, cell id to count. An absent cell is blank, meaning "not
 * reported"; it is never read as zero. Immutable. Made by
 * {@link ReportTemplate#cellValues}, which rejects unknown ids and negative counts.
 */
public final class CellValues {

	private static final CellValues EMPTY = new CellValues(Map.of());

	private final Map<String, Long> values;

	private CellValues(Map<String, Long> values) {
		this.values = values;
	}

	public static CellValues empty() {
		return EMPTY;
	}

	/**
	 * The given figures, unchecked; a {@code null} figure is blank and left out.
	 * @param values cell id to figure
	 * @return the figures
	 */
	static CellValues of(Map<String, Long> values) {
		Map<String, Long> copy = new HashMap<>();
		values.forEach((id, value) -> {
			if (value != null) {
				copy.put(Objects.requireNonNull(id, "cell id"), value);
			}
		});
		return copy.isEmpty() ? EMPTY : new CellValues(Collections.unmodifiableMap(copy));
	}

	/** The figure of a cell, empty when the cell is blank. */
	public OptionalLong value(String cellId) {
		Long value = this.values.get(cellId);
		return (value != null) ? OptionalLong.of(value) : OptionalLong.empty();
	}

	public boolean isBlank(String cellId) {
		return !this.values.containsKey(cellId);
	}

	/** The ids of the reported (non-blank) cells. */
	public Set<String> reportedIds() {
		return this.values.keySet();
	}

	public Map<String, Long> asMap() {
		return this.values;
	}

	@Override
	public boolean equals(Object other) {
		return (this == other) || (other instanceof CellValues that && this.values.equals(that.values));
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	@Override
	public String toString() {
		return "CellValues" + new TreeMap<>(this.values);
	}

}
