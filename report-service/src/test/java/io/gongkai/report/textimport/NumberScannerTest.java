package io.gongkai.report.textimport;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberScannerTest {

	private final NumberScanner scanner = new NumberScanner();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';',
			value = { "共受理申请二十六件; 26; 件; EXACT", "门户网站年度总访问量达233.7万次; 2337000; 次; EXACT",
					"共发布信息6000余条; 6000; 条; AT_LEAST", "访问量突破958万人次; 9580000; 人次; AT_LEAST",
					"受理咨询约1.5万人次; 15000; 人次; APPROX", "共收到申请32 件; 32; 件; EXACT", "主动公开１２６８条; 1268; 条; EXACT",
					"公开信息15,826条; 15826; 条; EXACT", "公开信息1 874条; 1874; 条; EXACT", "网站访问量1.2亿次; 120000000; 次; EXACT",
					"收取费用126.5元; 126.5; 元; EXACT", "发放宣传材料10万余份; 100000; 份; AT_LEAST", "参与网民1.6万多人; 16000; 人; AT_LEAST",
					"主动公开政府信息近万条; 10000; 条; APPROX", "接待群众300人次左右; 300; 人次; APPROX", "受理申请50件以上; 50; 件; AT_LEAST",
					"部分公开两件; 2; 件; EXACT", "行政复议一百零五件; 105; 件; EXACT" })
	void chineseNumeralsWithScaleWordsBecomeFigures(String text, String value, String unit, Qualifier qualifier) {
		List<NumberScanner.Quantity> quantities = this.scanner.scan(TextNormaliser.unifyForms(text));

		assertThat(quantities).hasSize(1);
		assertThat(quantities.get(0).value()).isEqualByComparingTo(new BigDecimal(value));
		assertThat(quantities.get(0).unit()).isEqualTo(unit);
		assertThat(quantities.get(0).qualifier()).isEqualTo(qualifier);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "发布时间：2012年3月23日", "依据兰政办〔2015〕8号文件", "长政办[2009]13号", "电话：0411-12345678", "邮编：110001",
			"全文电子化率为35%", "依据《条例》第九条", "依据《条例》第三十一条", "统计期限自2013年1月1日起", "2008年", "20120323", "进一步加强一次性告知",
			"依据国家有关条例规定", "人民群众" })
	void datesDocumentNumbersPhonesPostcodesPercentagesAndArticlesAreNeverFigures(String text) {
		assertThat(this.scanner.scan(text)).isEmpty();
	}

}
