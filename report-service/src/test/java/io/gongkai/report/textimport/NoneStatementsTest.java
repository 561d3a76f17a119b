package io.gongkai.report.textimport;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NoneStatementsTest {

	private final TextExtractor extractor = new TextExtractor();

	@ParameterizedTest(name = "{0} → {1} 0")
	@CsvSource(delimiter = ';', value = { "（四）不予公开政府信息情况。我局无不予公开政府信息情况。; requests.denied",
			"2016年度我乡无一例因政府信息公开申请行政复议和提起行政诉讼发生。; review.total", "2016年度我乡无一例因政府信息公开申请行政复议和提起行政诉讼发生。; litigation.total",
			"2022年收到信息公开申请4件，均已按时答复，无提起行政复议诉讼情况。; litigation.total",
			"2016年度，我乡未发生政府信息公开申请，因而未发生政府信息公开的收费及减免情况。; fees.collected_yuan",
			"2016年度我乡没有依申请公开的政府信息。; requests.received" })
	void aStatementOfNoneGivesZero(String sentence, String metric) throws TextImportException {
		String text = "某某乡人民政府2016年政府信息公开工作年度报告\n一、概述\n" + sentence + "\n";

		ExtractionResult result = this.extractor.extract("x.txt", text.getBytes(StandardCharsets.UTF_8));

		assertThat(result.metrics()).containsKey(metric);
		assertThat(result.metrics().get(metric).value().longValue()).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = { "本年度不存在逾期答复的情况。; requests.answered", "我局没有因不予公开引起的行政复议。; requests.denied" })
	void aNoneAboutSomethingElseGivesNoFigure(String sentence, String metric) throws TextImportException {
		String text = "某某局2016年政府信息公开工作年度报告\n一、概述\n" + sentence + "\n";

		ExtractionResult result = this.extractor.extract("x.txt", text.getBytes(StandardCharsets.UTF_8));

		assertThat(result.metrics()).doesNotContainKey(metric);
	}

}
