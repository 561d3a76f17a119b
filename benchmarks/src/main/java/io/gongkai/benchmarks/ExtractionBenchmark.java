package io.gongkai.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.gongkai.report.textimport.ResultJson;
import io.gongkai.report.textimport.TextExtractor;
import io.gongkai.report.textimport.TextImportException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Published report bytes to contract JSON, on one thread: the seed reports in turn, and
 * whole template reports with their three tables (the real reports of the corpus that are
 * complete). Run from the repository root (both are read from report-service's test
 * data).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {

	private final List<byte[]> reports = new ArrayList<>();

	private final List<String> names = new ArrayList<>();

	private final List<byte[]> templateReports = new ArrayList<>();

	private TextExtractor extractor;

	private int next;

	@Setup
	public void readSeeds() throws IOException {
		Path seeds = Path.of(System.getProperty("gongkai.seeds", "report-service/src/test/resources/textimport/seeds"));
		try (Stream<Path> files = Files.list(seeds)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".txt")).sorted().toList()) {
				this.reports.add(Files.readAllBytes(file));
				this.names.add(file.getFileName().toString());
			}
		}
		if (this.reports.isEmpty()) {
			throw new IllegalStateException("No seed reports in " + seeds.toAbsolutePath());
		}
		Path corpus = Path
			.of(System.getProperty("gongkai.corpus", "report-service/src/test/resources/textimport/corpus"));
		for (String whole : List.of("01_pingtan_zhsyq_2020.txt", "02_shuyang_fgj_2023.txt")) {
			this.templateReports.add(Files.readAllBytes(corpus.resolve(whole)));
		}
		this.extractor = new TextExtractor();
	}

	@Benchmark
	public String templateReportToJson() throws TextImportException {
		int index = this.next++ % this.templateReports.size();
		return ResultJson.write(this.extractor.extract("template.txt", this.templateReports.get(index)));
	}

	@Benchmark
	public String bytesToJson() throws TextImportException {
		int index = this.next++ % this.reports.size();
		return ResultJson.write(this.extractor.extract(this.names.get(index), this.reports.get(index)));
	}

}
