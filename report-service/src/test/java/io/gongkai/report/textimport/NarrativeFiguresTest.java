package io.gongkai.report.textimport;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NarrativeFiguresTest {

	private final TextExtractor extractor = new TextExtractor();

	@ParameterizedTest(name = "{0} → {1} {2}")
	@CsvSource(delimiter = ';', value = { "全年厅网站页面总数254299个，访问次数3353609次。; website.visits; 3353609",
			"领导小组办公室配备了1名专职工作人员负责日常工作。; staff.full_time; 1", "共收到信息公开申请7件，上年度结转1件；予以公开3件，无法提供4件。; requests.granted; 3",
			"通过街道政务信息公开专栏发布信息359条，通过微信公众号发布信息1088条。; proactive.total; 359",
			"全年共报送各类政务信息380余条，主动公开各类政务信息3000余份。; proactive.total; 3000" })
	void aFigureIsReadWhereRealReportsPutIt(String sentence, String metric, long value) throws TextImportException {
		String text = "某某街道办事处2022年政府信息公开工作年度报告\n一、总体情况\n" + sentence + "\n";

		ExtractionResult result = this.extractor.extract("x.txt", text.getBytes(StandardCharsets.UTF_8));

		assertThat(result.metrics()).containsKey(metric);
		assertThat(result.metrics().get(metric).value().longValue()).isEqualTo(value);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';',
			value = { "截至2011年底，我局主动公开政府信息累计299条。; proactive.total", "公开各类建议提案答复12件。; requests.answered" })
	void aCountThatIsNotTheYearsFigureIsLeftOut(String sentence, String metric) throws TextImportException {
		String text = "某某局2011年政府信息公开工作年度报告\n一、概述\n" + sentence + "\n";

		ExtractionResult result = this.extractor.extract("x.txt", text.getBytes(StandardCharsets.UTF_8));

		assertThat(result.metrics()).doesNotContainKey(metric);
	}

}
