package io.gongkai.report.textimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports with expected answers under {@code src/test/resources/textimport}: the five
 * seeds, and the reports written for these tests. A written report's file name says how
 * it is delivered: {@code .big5.txt} and {@code .gbk.txt} are encoded so before
 * extraction, {@code .docx.txt} and {@code .pdf.txt} become a generated .docx or PDF,
 * anything else is given as is.
 */
final class ReportCases {

	/**
	 * One report and the answers a careful reader takes from it.
	 *
	 * @param source the name given to the extractor
	 * @param bytes what the extractor reads
	 * @param expected the expected result in the contract's shape
	 */
	record ReportCase(String source, byte[] bytes, JsonNode expected) {

		@Override
		public String toString() {
			return this.source;
		}

	}

	private ReportCases() {
	}

	static Stream<ReportCase> seeds() {
		return load("textimport/seeds").stream();
	}

	static Stream<ReportCase> written() {
		return load("textimport/cases").stream();
	}

	/**
	 * Reports written after the rules were frozen and never tuned against: measured only.
	 */
	static Stream<ReportCase> holdout() {
		return load("textimport/holdout").stream();
	}

	/** Real reports as published, with a careful reader's answers (their README). */
	static Stream<ReportCase> corpus() {
		return load("textimport/corpus").stream();
	}

	static Stream<ReportCase> all() {
		return Stream.concat(seeds(), written());
	}

	private static List<ReportCase> load(String directory) {
		try {
			URL url = ReportCases.class.getClassLoader().getResource(directory);
			Path dir = Path.of(url.toURI());
			List<ReportCase> cases = new ArrayList<>();
			try (Stream<Path> files = Files.list(dir)) {
				for (Path file : files.sorted().toList()) {
					String name = file.getFileName().toString();
					if (!name.endsWith(".json") && !name.endsWith(".md")) {
						cases.add(toCase(file, name));
					}
				}
			}
			return cases;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ReportCase toCase(Path file, String name) throws IOException {
		byte[] raw = Files.readAllBytes(file);
		String stem = name.replaceFirst("\\.(txt|html)$", "");
		JsonNode expected = JsonMapper.shared().readTree(file.resolveSibling(stem + ".json").toFile());
		if (name.endsWith(".big5.txt")) {
			return new ReportCase(name, encode(raw, Charset.forName("x-windows-950")), expected);
		}
		if (name.endsWith(".gbk.txt")) {
			return new ReportCase(name, encode(raw, Charset.forName("GBK")), expected);
		}
		if (name.endsWith(".docx.txt")) {
			return new ReportCase(stem, DocumentFixtures.docx(new String(raw, StandardCharsets.UTF_8)), expected);
		}
		if (name.endsWith(".pdf.txt")) {
			return new ReportCase(stem, DocumentFixtures.pdf(new String(raw, StandardCharsets.UTF_8)), expected);
		}
		return new ReportCase(name, raw, expected);
	}

	/** Re-encodes UTF-8 text, refusing any character the target encoding lacks. */
	private static byte[] encode(byte[] utf8, Charset charset) {
		String text = new String(utf8, StandardCharsets.UTF_8);
		if (!charset.newEncoder().canEncode(text)) {
			throw new IllegalStateException("test text not representable in " + charset);
		}
		return text.getBytes(charset);
	}

}
