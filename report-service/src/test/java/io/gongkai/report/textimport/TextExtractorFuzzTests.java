package io.gongkai.report.textimport;

import java.time.Duration;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever bytes an upload holds, the text import answers with a result or a clear
 * refusal ({@link TextImportException}, which the API turns into a 4xx problem), never
 * with another exception (a 500), and within a time bound. Regression mode replays the
 * inputs in {@code TextExtractorFuzzTestsInputs}; {@code docs/fuzzing.md} says how to
 * fuzz.
 */
class TextExtractorFuzzTests {

	/** Far above what any input takes (milliseconds), low enough to catch a runaway. */
	private static final Duration TIME_BOUND = Duration.ofSeconds(10);

	private static final TextExtractor EXTRACTOR = new TextExtractor();

	@FuzzTest(maxDuration = "5m")
	void anyBytesGiveAResultOrAClearRefusalInTime(byte[] bytes) {
		long started = System.nanoTime();
		try {
			ExtractionResult result = EXTRACTOR.extract("upload.txt", bytes);
			assertThat(result).isNotNull();
		}
		catch (TextImportException refused) {
			assertThat(refused.getMessage()).as("what the refusal tells the caller").isNotBlank();
		}
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("time to extract %d bytes", bytes.length)
			.isLessThan(TIME_BOUND);
	}

}
