package io.gongkai.report.textimport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EncodingDetectorTest {

	private static final String SIMPLIFIED = "本年度共受理政府信息公开申请33件，其中同意公开20件，部分公开3件，不予公开2件。全年未发生行政复议和行政诉讼。";

	private static final String TRADITIONAL = "本年度共受理政府資訊公開申請33件，其中同意公開20件，部分公開3件，不予公開2件。全年未發生行政復議和行政訴訟。";

	private final EncodingDetector detector = new EncodingDetector();

	@ParameterizedTest
	@ValueSource(strings = { "GBK", "GB18030", "UTF-8" })
	void simplifiedTextIsDecodedFromItsEncoding(String charset) {
		EncodingDetector.DecodedText decoded = this.detector.decode(SIMPLIFIED.getBytes(Charset.forName(charset)));

		assertThat(decoded.text()).isEqualTo(SIMPLIFIED);
		assertThat(decoded.invalidSequences()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Big5", "x-windows-950", "UTF-8" })
	void traditionalTextInBig5IsNotMistakenForGbk(String charset) {
		EncodingDetector.DecodedText decoded = this.detector.decode(TRADITIONAL.getBytes(Charset.forName(charset)));

		assertThat(decoded.text()).isEqualTo(TRADITIONAL);
	}

	@Test
	void aByteOrderMarkIsRemoved() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, bytes, 0, 3);
		System.arraycopy(body, 0, bytes, 3, body.length);

		assertThat(this.detector.decode(bytes).text()).isEqualTo(SIMPLIFIED);
	}

	@Test
	void invalidByteSequencesAreReplacedAndCountedNotThrown() {
		byte[] bytes = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
		bytes[10] = (byte) 0xFF;
		bytes[40] = (byte) 0xC0;

		EncodingDetector.DecodedText decoded = this.detector.decode(bytes);

		assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(decoded.invalidSequences()).isPositive();
		assertThat(decoded.text()).contains("同意公开20件");
	}

}
