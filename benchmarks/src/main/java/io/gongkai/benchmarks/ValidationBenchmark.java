package io.gongkai.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.TemplateFormat;
import io.gongkai.report.validation.Finding;
import io.gongkai.report.validation.ReportValidator;
import io.gongkai.report.validation.ValidationInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validating one complete template2021 report (every rule, with the previous year's
 * report for the cross-year rules). Run from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

	private ReportValidator validator;

	private ValidationInput report;

	@Setup
	public void readReports() throws IOException {
		Path samples = Path.of(System.getProperty("gongkai.samples", "report-service/src/test/resources/validation"));
		ReportTemplate template = ReportTemplate.national();
		this.validator = new ReportValidator(template);
		ValidationInput previous = input(template, samples.resolve("complete-2021-template2021.json"));
		this.report = input(template, samples.resolve("complete-2022-template2021.json")).withPrevious(previous);
	}

	@Benchmark
	public List<Finding> validateFullTemplate2021Report() {
		return this.validator.validate(this.report);
	}

	private static ValidationInput input(ReportTemplate template, Path file) throws IOException {
		JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
		Map<String, Long> cells = new LinkedHashMap<>();
		root.required("cells").properties().forEach((entry) -> cells.put(entry.getKey(), entry.getValue().asLong()));
		Map<String, String> sections = new LinkedHashMap<>();
		root.required("sections")
			.properties()
			.forEach((entry) -> sections.put(entry.getKey(), entry.getValue().asString()));
		TemplateFormat format = TemplateFormat.fromId(root.required("format").asString()).orElseThrow();
		return new ValidationInput(format, root.required("year").asInt(), template.cellValues(format, cells), sections);
	}

}
