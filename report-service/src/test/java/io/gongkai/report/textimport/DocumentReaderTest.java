package io.gongkai.report.textimport;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DocumentReaderTest {

	private final TextExtractor extractor = new TextExtractor();

	@Test
	void anEmptyFileIsAnEmptyInput() {
		assertThatExceptionOfType(TextImportException.class)
			.isThrownBy(() -> this.extractor.extract("a.txt", new byte[0]))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(TextImportException.Reason.EMPTY))
			.withMessageContaining("empty");
	}

	@Test
	void aFileOfBlanksHasNoText() {
		assertThatExceptionOfType(TextImportException.class)
			.isThrownBy(() -> this.extractor.extract("a.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(TextImportException.Reason.EMPTY));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(
			strings = { "89504E470D0A1A0A0000000D", "FFD8FFE000104A464946", "474946383961010001", "49492A0008000000" })
	void anImageIsRefusedWithAClearMessage(String hexHeader) {
		byte[] bytes = java.util.HexFormat.of().parseHex(hexHeader);

		assertThatExceptionOfType(TextImportException.class).isThrownBy(() -> this.extractor.extract("scan", bytes))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(TextImportException.Reason.IMAGE))
			.withMessageContaining("OCR");
	}

	@Test
	void bytesThatAreNoTextAreRefusedAsSuch() {
		java.util.Random random = new java.util.Random(20261205L);
		byte[] noise = new byte[4096];
		random.nextBytes(noise);
		byte[] binary = new byte[4096];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) ((i % 7 == 0) ? 0 : 'A' + i % 26);
		}
		for (byte[] input : java.util.List.of(noise, new byte[2048], binary)) {
			assertThatExceptionOfType(TextImportException.class)
				.isThrownBy(() -> this.extractor.extract("x.bin", input))
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(TextImportException.Reason.UNREADABLE))
				.withMessageContaining("no readable text");
		}
	}

	@Test
	void aPdfWithoutTextLayerNeedsOcr() {
		assertThatExceptionOfType(TextImportException.class)
			.isThrownBy(() -> this.extractor.extract("scan.pdf", DocumentFixtures.pdfWithoutText()))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(TextImportException.Reason.NO_TEXT_LAYER))
			.withMessage("the PDF has no text layer; a scanned report needs OCR, which is not offered yet");
	}

	@Test
	void aDamagedPdfIsUnreadableNotACrash() {
		byte[] bytes = "%PDF-1.7\n garbage that is no PDF".getBytes(StandardCharsets.US_ASCII);

		assertThatExceptionOfType(TextImportException.class).isThrownBy(() -> this.extractor.extract("x.pdf", bytes))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(TextImportException.Reason.UNREADABLE));
	}

	@Test
	void aFileOverTenMebibytesIsRefusedWithTheLimitStated() {
		byte[] bytes = new byte[DocumentReader.MAX_BYTES + 1];
		java.util.Arrays.fill(bytes, (byte) 'a');

		assertThatExceptionOfType(TextImportException.class).isThrownBy(() -> this.extractor.extract("big.txt", bytes))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(TextImportException.Reason.TOO_LARGE))
			.withMessageContaining("10 MiB");
	}

	@Test
	void theKindIsJudgedByContentNotByName() throws TextImportException {
		byte[] pdf = DocumentFixtures.pdf("青岛市人力资源和社会保障局2013年度政府信息公开工作报告\n本年度共受理依申请公开申请33件。");

		ExtractionResult result = this.extractor.extract("report.txt", pdf);

		assertThat(result.agencyName()).isEqualTo("青岛市人力资源和社会保障局");
		assertThat(result.metrics().get("requests.received").value()).isEqualTo(33L);
	}

	@Test
	void htmlTablesBecomeOneLinePerRowWithBarsBetweenCells() {
		String text = new HtmlText()
			.toText("<html><body><p>标题</p><table><tr><td>规章</td><td>0</td><td></td><td>5</td></tr>"
					+ "<tr><th>行政许可</th><td>12</td></tr></table><script>var x=1;</script></body></html>");

		assertThat(text).isEqualTo("标题\n规章 | 0 | | 5\n行政许可 | 12");
	}

}
