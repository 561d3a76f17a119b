package io.gongkai.report.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import io.gongkai.report.audit.FieldChange;

/**
 * What differs between two contents of a report, value by value: fields, sections,
 * catalogue figures, cells. Used for the audit trail, for version diffs and to tell a
 * caller with a stale ETag what changed.
 */
final class ContentChanges {

	private ContentChanges() {
	}

	static List<FieldChange> between(ReportContent before, ReportContent after) {
		List<FieldChange> changes = new ArrayList<>();
		field(changes, "agencyName", before, after, ReportContent::agencyName);
		field(changes, "scope", before, after, (content) -> (content != null) ? content.scope().name() : null);
		field(changes, "publishedOn", before, after,
				(content) -> (content.publishedOn() != null) ? content.publishedOn().toString() : null);
		field(changes, "narrative", before, after, ReportContent::narrative);
		field(changes, "originalText", before, after, ReportContent::originalText);
		field(changes, "nothingToReport", before, after, (content) -> content.nothingToReport().isEmpty() ? null
				: String.join(",", content.nothingToReport().stream().map(Enum::name).toList()));
		entries(changes, FieldChange.SECTION, sections(before), sections(after), (text) -> text);
		entries(changes, FieldChange.METRIC, metrics(before), metrics(after), ContentChanges::metric);
		entries(changes, FieldChange.CELL, cells(before), cells(after), (value) -> value);
		return changes;
	}

	private static void field(List<FieldChange> changes, String name, ReportContent before, ReportContent after,
			Function<ReportContent, String> value) {
		String from = (before != null) ? value.apply(before) : null;
		String to = (after != null) ? value.apply(after) : null;
		if (!Objects.equals(from, to)) {
			changes.add(new FieldChange(FieldChange.FIELD, name, from, to));
		}
	}

	private static <V> void entries(List<FieldChange> changes, String kind, Map<String, V> before, Map<String, V> after,
			Function<V, Object> shown) {
		TreeSet<String> ids = new TreeSet<>(before.keySet());
		ids.addAll(after.keySet());
		for (String id : ids) {
			V from = before.get(id);
			V to = after.get(id);
			if (!Objects.equals(from, to)) {
				changes.add(new FieldChange(kind, id, (from != null) ? shown.apply(from) : null,
						(to != null) ? shown.apply(to) : null));
			}
		}
	}

	private static Object metric(Metric metric) {
		return Map.of("value", metric.value(), "qualifier", metric.qualifier());
	}

	private static Map<String, String> sections(ReportContent content) {
		return (content != null) ? content.sections() : Map.of();
	}

	private static Map<String, Metric> metrics(ReportContent content) {
		return (content != null) ? content.metrics() : Map.of();
	}

	private static Map<String, Long> cells(ReportContent content) {
		return (content != null) ? content.cells() : Map.of();
	}

}
