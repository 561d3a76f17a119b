package io.gongkai.report.textimport;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class SeedReportsTest {

	private static final TextExtractor EXTRACTOR = new TextExtractor();

	static Stream<ReportCases.ReportCase> seeds() {
		return ReportCases.seeds();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void seedReportsGiveExactlyTheExpectedAnswers(ReportCases.ReportCase seed) throws TextImportException {
		ExtractionResult result = EXTRACTOR.extract(seed.source(), seed.bytes());

		ExpectedResults.assertMatches(seed.expected(), result);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void evidenceIsTheNormalisedTextBetweenTheOffsets(ReportCases.ReportCase seed) throws TextImportException {
		ExtractionResult result = EXTRACTOR.extract(seed.source(), seed.bytes());

		result.metrics().forEach((id, metric) -> {
			assertThat(metric.end()).as(id).isGreaterThan(metric.start());
			assertThat(metric.evidence()).as(id).hasSize(metric.end() - metric.start()).isNotBlank();
		});
	}

}
