package io.gongkai.report.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.TemplateFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report of the test resources under {@code validation/}, to be changed one figure or
 * one section at a time.
 */
record SampleReport(TemplateFormat format, int year, Map<String, Long> cells, Map<String, String> sections) {

	/** 某市人力资源和社会保障局 on 2020, template2019, every cell filled, adding up. */
	static SampleReport of2020() {
		return load("complete-2020-template2019.json");
	}

	/**
	 * The same agency on 2021, template2021, carrying over 2020's carried-forward
	 * requests.
	 */
	static SampleReport of2021() {
		return load("complete-2021-template2021.json");
	}

	/** The same agency on 2022, template2021, consistent with 2021 across years. */
	static SampleReport of2022() {
		return load("complete-2022-template2021.json");
	}

	static SampleReport load(String name) {
		try (InputStream json = SampleReport.class.getResourceAsStream("/validation/" + name)) {
			JsonNode root = JsonMapper.builder().build().readTree(json);
			Map<String, Long> cells = new LinkedHashMap<>();
			root.required("cells")
				.properties()
				.forEach((entry) -> cells.put(entry.getKey(), entry.getValue().asLong()));
			Map<String, String> sections = new LinkedHashMap<>();
			root.required("sections")
				.properties()
				.forEach((entry) -> sections.put(entry.getKey(), entry.getValue().asString()));
			return new SampleReport(TemplateFormat.fromId(root.required("format").asString()).orElseThrow(),
					root.required("year").asInt(), cells, sections);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	long cell(String id) {
		return this.cells.get(id);
	}

	/** A copy with one figure changed, or blanked when {@code value} is {@code null}. */
	SampleReport with(String cellId, Long value) {
		if (!this.cells.containsKey(cellId)) {
			throw new IllegalArgumentException("No cell " + cellId + " in the sample");
		}
		Map<String, Long> cells = new LinkedHashMap<>(this.cells);
		cells.put(cellId, value);
		return new SampleReport(this.format, this.year, cells, this.sections);
	}

	/** A copy with one figure raised or lowered. */
	SampleReport plus(String cellId, long delta) {
		return with(cellId, cell(cellId) + delta);
	}

	/** A copy with every cell whose id starts with the prefix set to the value. */
	SampleReport withAll(String prefix, Long value) {
		SampleReport report = this;
		for (String id : this.cells.keySet()) {
			if (id.startsWith(prefix)) {
				report = report.with(id, value);
			}
		}
		return report;
	}

	/**
	 * A copy with one section's text replaced, or removed when {@code text} is
	 * {@code null}.
	 */
	SampleReport withSection(String sectionId, String text) {
		Map<String, String> sections = new HashMap<>(this.sections);
		sections.put(sectionId, text);
		return new SampleReport(this.format, this.year, this.cells, sections);
	}

	/** A copy with a passage of a section's text replaced. */
	SampleReport replacingText(String sectionId, String passage, String replacement) {
		String text = this.sections.get(sectionId);
		if (!text.contains(passage)) {
			throw new IllegalArgumentException("Section " + sectionId + " does not contain " + passage);
		}
		return withSection(sectionId, text.replace(passage, replacement));
	}

	ValidationInput input() {
		return new ValidationInput(this.format, this.year,
				ReportTemplate.national().cellValues(this.format, this.cells), this.sections);
	}

	ValidationInput input(SampleReport previous) {
		return input().withPrevious(previous.input());
	}

}
