package io.gongkai.report.textimport;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormaliserTest {

	private final TextNormaliser normaliser = new TextNormaliser();

	private TextNormaliser.NormalisedText normalise(String text) {
		return this.normaliser.normalise(text, 0);
	}

	@Test
	void pinyinAfterCharactersIsRemovedAndFlagged() {
		TextNormaliser.NormalisedText result = normalise("索引號(hào)：001，關（guān）於政府信息公開。");

		assertThat(result.text()).contains("：001").doesNotContain("hào").doesNotContain("guān");
		assertThat(result.flags()).contains(TextFlag.PINYIN_ANNOTATIONS);
	}

	@Test
	void latinWordsInParenthesesAreNotPinyin() {
		TextNormaliser.NormalisedText result = normalise("开通政务服务应用(APP)和网站(www)。");

		assertThat(result.text()).contains("(APP)");
		assertThat(result.flags()).doesNotContain(TextFlag.PINYIN_ANNOTATIONS);
	}

	@Test
	void runsOfQuestionMarksBecomeSpacesAndAreFlagged() {
		TextNormaliser.NormalisedText result = normalise("??? 一、概述\n编辑:??? ?? ? 来源:\n重点领域信息?5条。");

		assertThat(result.text()).doesNotContain("?").contains("信息 5条");
		assertThat(result.flags()).contains(TextFlag.PLACEHOLDER_CHARS);
	}

	@Test
	void aQuestionMarkInAUrlIsKept() {
		TextNormaliser.NormalisedText result = normalise("详见 index.jsp?id=5 页面。");

		assertThat(result.text()).contains("index.jsp?id=5");
		assertThat(result.flags()).doesNotContain(TextFlag.PLACEHOLDER_CHARS);
	}

	@Test
	void traditionalTextAndTaiwanWordsAreConverted() {
		TextNormaliser.NormalisedText result = normalise("本局透過網路公開政府資訊，完成年度計畫，更新軟體系統，網站點閱量達到十萬人次。");

		assertThat(result.text()).isEqualTo("本局通过网络公开政府信息，完成年度计划，更新软件系统，网站点击量达到十万人次。");
		assertThat(result.flags()).contains(TextFlag.TRADITIONAL_SCRIPT);
	}

	@Test
	void aFewTraditionalCharactersInSimplifiedTextAreNotAFlag() {
		String text = "我局认真贯彻落实条例，全年主动公开政府信息1200条。".repeat(20) + "赴澳門參加會議。";

		TextNormaliser.NormalisedText result = normalise(text);

		assertThat(result.flags()).doesNotContain(TextFlag.TRADITIONAL_SCRIPT);
		assertThat(result.text()).contains("澳門");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "按照《辽宁省人民政府办公厅球探足球比分施行条例的通知》部署, 球探足球比分", "区政府门户网站公开bet365体育投注12340条, bet365体育投注",
			"开设澳门金沙娱乐城官网“行政审批”栏目, 澳门金沙娱乐城官网", "已答复新葡京娱乐场396件, 新葡京娱乐场" })
	void injectedBettingSiteNamesAreRemovedWithTheirPositions(String text, String spam) {
		TextNormaliser.NormalisedText result = normalise(text);

		assertThat(result.text()).doesNotContain(spam);
		assertThat(result.flags()).contains(TextFlag.SPAM_INJECTION);
		assertThat(result.spam()).singleElement().satisfies((phrase) -> {
			assertThat(phrase.text()).isEqualTo(spam);
			assertThat(phrase.at()).isEqualTo(text.indexOf(spam));
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "使用体育彩票公益金建设健身设施", "金沙县人民政府信息公开", "开展足球进校园活动，新建篮球场两个", "赴澳门特别行政区考察", "整治娱乐场所，严厉打击赌博违法犯罪",
			"开通网上办事平台" })
	void lawfulWordsThatResembleSpamAreKept(String text) {
		TextNormaliser.NormalisedText result = normalise(text + "。");

		assertThat(result.text()).isEqualTo(text + "。");
		assertThat(result.flags()).doesNotContain(TextFlag.SPAM_INJECTION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "因政府信息公开被提起行政诉讼的案件，目前", "全年共主动公开政府信息2317条，其中市政府门户网站发布1904条，通过政务微博发布", "下一步，我们将继续加强",
			"四、政府", "(三)不予公开", "按照政务和大数据局" })
	void aTextThatStopsMidSentenceIsTruncated(String ending) {
		assertThat(normalise("一、概述\n我局认真贯彻落实条例。\n" + ending).flags()).contains(TextFlag.TRUNCATED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "全年未收取任何费用。", "九、附表\n扫一扫在手机打开当前页", "大理市人民政府办公室\n2015年3月20日", "无。 |\n|",
			"六、其他需要报告的事项 无其他需要报告的事项", "产生费用1万元。 附件下载" })
	void aTextThatEndsProperlyIsNotTruncated(String ending) {
		assertThat(normalise("一、概述\n我局认真贯彻落实条例。\n" + ending).flags()).doesNotContain(TextFlag.TRUNCATED);
	}

	@Test
	void utf8ReadAsLatin1IsRepaired() {
		String original = "全年共主动公开政府信息524条";
		String mojibake = new String(original.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

		TextNormaliser.NormalisedText result = normalise("一、概述\n" + mojibake + "\n二、其他。");

		assertThat(result.text()).contains(original);
		assertThat(result.flags()).contains(TextFlag.MOJIBAKE);
	}

	@Test
	void utf8ReadAsGbkIsRepaired() {
		String original = "本年度共受理政府信息公开申请件数较上年有所增加";
		String mojibake = new String(original.getBytes(StandardCharsets.UTF_8),
				java.nio.charset.Charset.forName("GBK"));

		TextNormaliser.NormalisedText result = normalise("一、概述\n" + mojibake + "\n二、其他。");

		assertThat(result.text()).contains("政府信息公开申请");
		assertThat(result.flags()).contains(TextFlag.MOJIBAKE);
	}

	@Test
	void cleanTextHasNoFlags() {
		assertThat(normalise("一、概述\n2014年，我局全面推进政府信息公开工作。\n二、主动公开政府信息情况\n全年公开信息395条。").flags()).isEmpty();
	}

}
