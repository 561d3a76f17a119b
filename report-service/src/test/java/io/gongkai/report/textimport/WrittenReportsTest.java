package io.gongkai.report.textimport;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports written for these tests in the style of real ones: every province level and
 * period, each kind of damage, each number form, every input format (Big5 and GBK bytes,
 * HTML, generated .docx and PDF).
 */
class WrittenReportsTest {

	private static final TextExtractor EXTRACTOR = new TextExtractor();

	static Stream<ReportCases.ReportCase> written() {
		return ReportCases.written();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("written")
	void writtenReportsGiveExactlyTheExpectedAnswers(ReportCases.ReportCase report) throws TextImportException {
		ExtractionResult result = EXTRACTOR.extract(report.source(), report.bytes());

		ExpectedResults.assertMatches(report.expected(), result);
	}

}
