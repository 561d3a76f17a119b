package io.gongkai.report.template;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gongkai.platform.problem.ProblemMessages;
import io.gongkai.platform.problem.RequestLanguage;

/**
 * What a person calls a field of a report request, for the path a problem names it by: a
 * table cell as the printed table labels it (T3「本年新收政府信息公开申请数量」行「自然人」列), a catalogue
 * figure by its name (收到政府信息公开申请), a section by its heading (一、总体情况), the other fields by
 * their names in the messages ({@code field.<name>}), in the request's language. The
 * printed table's labels are Chinese in both languages; in English the cell's id stands
 * beside its label.
 */
public final class FieldLabels {

	/** {@code cells.t3.new_received.total}, {@code cells[t3.new_received.total]}. */
	private static final Pattern KEYED = Pattern.compile(
			"^(cells|metrics|sections|explanations|nothingToReport)(?:\\.|\\[)([^\\[\\]]+?)\\]?(?:\\.(value|qualifier))?$");

	/** The last plain name of a path: {@code comments[0].text} → {@code text}. */
	private static final Pattern LAST_NAME = Pattern.compile("([A-Za-z]+)(?:\\[\\d+\\])?$");

	private FieldLabels() {
	}

	/** The label of the field at a path, if it has one a person would know. */
	public static Optional<String> of(String path) {
		if (path == null || path.isBlank()) {
			return Optional.empty();
		}
		Matcher keyed = KEYED.matcher(path);
		if (keyed.matches()) {
			String key = keyed.group(2);
			Optional<String> name = switch (keyed.group(1)) {
				case "cells" -> cell(key, false);
				case "metrics" -> metric(key);
				case "sections" -> section(key);
				default -> Optional.empty();
			};
			if (name.isPresent() && keyed.group(3) != null) {
				return Optional.of(text("field.part." + keyed.group(3), name.get()));
			}
			return name;
		}
		Matcher last = LAST_NAME.matcher(path);
		if (last.find()) {
			String key = "field." + last.group(1);
			String name = text(key);
			return name.equals(key) ? Optional.empty() : Optional.of(name);
		}
		return Optional.empty();
	}

	/**
	 * A figure by its name: a catalogue figure's, or a table cell's label (with its id in
	 * English); the id itself when it is neither.
	 */
	public static String figure(String id) {
		return cell(id, english()).or(() -> metric(id)).orElse(id);
	}

	/** A cell as the printed table labels it, with its id beside the label if asked. */
	private static Optional<String> cell(String id, boolean withId) {
		for (TemplateFormat format : new TemplateFormat[] { TemplateFormat.TEMPLATE_2021,
				TemplateFormat.TEMPLATE_2019 }) {
			Optional<Cell> cell = ReportTemplate.national().format(format).cell(id);
			if (cell.isPresent()) {
				return Optional.of(withId ? cell.get().label() + " (" + id + ")" : cell.get().label());
			}
		}
		return Optional.empty();
	}

	private static Optional<String> metric(String id) {
		return MetricCatalogue.national()
			.metric(id)
			.map((metric) -> english() ? metric.label().en() : metric.label().zh());
	}

	private static Optional<String> section(String id) {
		for (TemplateFormat format : new TemplateFormat[] { TemplateFormat.TEMPLATE_2021,
				TemplateFormat.TEMPLATE_2019 }) {
			Optional<Section> section = ReportTemplate.national().format(format).section(id);
			if (section.isPresent()) {
				return Optional.of(section.get().label());
			}
		}
		return Optional.empty();
	}

	private static String text(String key, Object... args) {
		return ProblemMessages.text(key, args);
	}

	private static boolean english() {
		return "en".equals(RequestLanguage.current().getLanguage());
	}

}
