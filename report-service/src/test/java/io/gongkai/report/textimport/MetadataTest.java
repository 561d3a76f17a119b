package io.gongkai.report.textimport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataTest {

	private final PlaceNames places = new PlaceNames();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "靖远县人力资源和社会保障局, 620000", "青岛市人力资源和社会保障局, 370000", "黔东南苗族侗族自治州人民政府, 520000", "广西壮族自治区财政厅, 450000",
			"内蒙古自治区教育厅, 150000", "辽宁人社厅, 210000", "重庆市巫山县农业委员会, 500000", "巫山县农业委员会, 500000", "伊犁哈萨克自治州人民政府, 650000",
			"石河子市人民政府, 660000", "新疆生产建设兵团第八师, 660000", "国家税务总局青岛市税务局, 370000", "延边朝鲜族自治州民政局, 220000",
			"三沙市人民政府, 460000" })
	void theProvinceFollowsFromTheAgencyName(String agency, String code) {
		assertThat(this.places.provinceOfAgency(agency)).isEqualTo(code);
	}

	@Test
	void anAmbiguousDistrictNameDecidesNoProvince() {
		assertThat(this.places.provinceOfAgency("龙华区教育局")).isNull();
	}

	@Test
	void everyTenantProvinceHasItsPlaces() throws Exception {
		Set<String> codes = new java.util.HashSet<>();
		for (String table : List.of("/textimport/divisions.csv", "/textimport/former-divisions.csv")) {
			Files.readAllLines(Path.of(getClass().getResource(table).toURI()), StandardCharsets.UTF_8)
				.stream()
				.filter((line) -> !line.startsWith("#") && !line.isBlank())
				.map((line) -> line.substring(0, 2) + "0000")
				.forEach(codes::add);
		}

		assertThat(codes).containsAll(List.of("110000", "120000", "130000", "140000", "150000", "210000", "220000",
				"230000", "310000", "320000", "330000", "340000", "350000", "360000", "370000", "410000", "420000",
				"430000", "440000", "450000", "460000", "500000", "510000", "520000", "530000", "540000", "610000",
				"620000", "630000", "640000", "650000", "660000"));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "田黄镇人民政府, 370000", "义乌市廿三里街道办事处, 330000", "彰武县政府办公室, 210000", "崇文区教育委员会, 110000" })
	void townshipsAndFormerNamesDecideTheProvinceToo(String agency, String code) {
		assertThat(this.places.provinceOfAgency(agency)).isEqualTo(code);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = { "本报告所列数据的统计期限自2021年1月1日起至12月31日止。我镇编制了《田黄镇2020年政府信息公开工作年度报告》; 2021",
			"本报告中所列数据的统计期限截止2011年12月31日; 2011" })
	void theStatedPeriodDecidesTheYearOverTheTitle(String text, int year) {
		assertThat(new ReportYear().find(text, null)).isEqualTo(year);
	}

	@Test
	void aPeriodThatDisagreesWithTheTitleIsAFinding() throws TextImportException {
		String text = "根据条例，我镇编制了《田黄镇2020年政府信息公开工作年度报告》。所列数据的统计期限自2021年1月1日起至12月31日止。一、总体情况 2021年，我镇主动公开信息88条。";

		ExtractionResult result = new TextExtractor().extract("x.txt", text.getBytes(StandardCharsets.UTF_8));

		assertThat(result.year()).isEqualTo(2021);
		assertThat(result.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(TextExtractor.PERIOD_DISAGREES);
			assertThat(finding.expected()).isEqualTo(2021);
			assertThat(finding.found()).isEqualTo(2020);
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = { "发布时间:2012年03月23日? 编辑; 2012-03-23", "发布日期：20120323; 2012-03-23",
			"成文日期：2016/3/30; 2016-03-30", "正文。\\n\\n某某局\\n二〇一三年三月十八日; 2013-03-18", "生成日期: | 2017-01-06 |; 2017-01-06",
			"标题\\n  • 2022-01-24 09:05\\n  • 来源: 某某局\\n正文; 2022-01-24", "特此公告。  教育部办公厅  二一一年三月二十五日  附件; 2011-03-25" })
	void thePublicationDateIsReadInEveryWriting(String text, String date) {
		assertThat(new PublicationDate().find(text.replace("\\n", "\n"))).hasToString(date);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = { "辽宁省人力资源和社会保障厅2011年度政府信息公开工作报告; 2011", "现将我局2009年政府信息公开情况报告如下; 2009",
			"本报告所列数据统计期限自2013年1月1日起至2013年12月31日止; 2013", "二〇一一年度政府信息公开工作报告; 2011" })
	void theYearIsTheYearCovered(String text, int year) {
		assertThat(new ReportYear().find(text, null)).isEqualTo(year);
	}

	@Test
	void theYearCoveredIsNeverAfterPublication() {
		assertThat(new ReportYear().find("2016年，我局认真落实条例。2017年工作打算：2017年将……", 2017)).isEqualTo(2016);
	}

	@Test
	void aMirrorOrPublisherIsNeverTheAgency() {
		String text = """
				所属机构: | 靖远县融媒体中心 | 发布机构: | 靖远县融媒体中心 |
				靖远县人力资源和社会保障局 | |
				一、概述 2016年，我局政府信息公开工作稳步推进。我局公开信息26条。
				""";

		assertThat(new AgencyNames(this.places).find(text)).isEqualTo("靖远县人力资源和社会保障局");
	}

	@Test
	void theFullestFormOfTheMostMentionedBodyIsTheAgency() {
		String text = "我局制定《长治市劳动保障局政务公开实施办法》《长治市劳动保障局信息公开管理办法》，编制《长治市劳动和社会保障局政务信息公开指南》。我局还参加了长治市人民政府的会议。";

		assertThat(new AgencyNames(this.places).find(text)).isEqualTo("长治市劳动和社会保障局");
	}

}
