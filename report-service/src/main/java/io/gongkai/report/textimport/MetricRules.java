package io.gongkai.report.textimport;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The recognition rules of the 17 catalogue metrics, written from how annual reports of
 * every level and period phrase their figures (主动公开政府信息X条, 通过门户网站发布X条, 受理政府信息公开申请X件,
 * 行政复议X件, 行政诉讼X起, 收取费用X元, 专职X人、兼职Y人, 网站访问量X万次, 受理咨询X人次, 投诉X件...).
 */
final class MetricRules {

	/** Words that make a figure a total. */
	static final Pattern TOTAL_WORDS = Pattern.compile("共|总计|合计|总数|累计|全年|全部|总量|总共");

	/** A figure over several years or since some event is not the year's figure. */
	static final Pattern CUMULATIVE = Pattern.compile("历年|以来|\\d{4}\\s*[-—–~至到]\\s*\\d{4}|成立|开通|截至目前|截止目前|迄今|至今");

	/** "截至2011年底，我局主动公开政府信息累计299条": a count to date, over the sentence before it. */
	static final Pattern COUNT_TO_DATE = Pattern.compile("(?:截至|截止)\\s*\\d{4}\\s*年底[^。]*累计");

	/** A change or an average is not a count. */
	static final Pattern NOT_A_COUNT = Pattern
		.compile("同比|环比|比上年|比去年|较上年|较去年|增加|减少|增长|下降|上升|提高|平均|日均|月均|每月|每天|每周|每日|上年|去年");

	private static final String PUBLISH = "主动公开|公开|发布|公布|更新|新增|上传|上网|推送|编发";

	private static final String SITE = "网站|门户|网页|主页|政府网|专栏";

	private static final String CHANNELS = "微博|微信|公众号|客户端|头条|抖音|短信|报刊|报纸|杂志|电视|广播|媒体|稿件|新闻发布|发布会|解读|回应|舆情|留言|信箱|热线|显示屏|电子屏|公开栏";

	private static final String NOT_PROACTIVE = "申请|咨询|复议|诉讼|投诉|访问|浏览|点击|栏目|指南|规范性文件|法规|预算|决算|三公|任免|招聘|招考|就业|社保|社会保险|重点领域|政策|问题|建议|提案";

	private static final Pattern DISCLOSURE_TOPIC = Pattern.compile("公开|申请");

	private static final Set<String> ITEMS = Set.of("条", "件", "条次", "份");

	private static final Set<String> CASES = Set.of("件", "起", "次", "宗", "例", "个", "件次");

	static final Set<String> PEOPLE = Set.of("人", "名");

	static final List<MetricRule> RULES = List.of(
			rule("proactive.total", ITEMS, PUBLISH, SITE + "|" + CHANNELS + "|" + NOT_PROACTIVE, "信息|文件|公开", null,
					"主动公开", false, MetricRule.Choice.LARGEST),
			rule("proactive.website", ITEMS,
					"(?:" + SITE + ").*(?:" + PUBLISH + ")|(?:" + PUBLISH + ").*(?:" + SITE + ")",
					CHANNELS + "|" + NOT_PROACTIVE, null, null, null, true, MetricRule.Choice.LARGEST),
			rule("requests.received", Set.of("件", "条", "个", "次", "份", "人次", "宗", "起"), "申请",
					"咨询|复议|诉讼|投诉|举报|信访|非依申请|来电|答复|办结|同意|不予|部分|驳回|告知|结转|转办|撤回|办理完毕", "受理|收到|接到|接收|新收|提出|登记|共有", null,
					null, false, MetricRule.Choice.LARGEST),
			rule("requests.answered", ITEMS, "答复|办结|办理完毕|处理完毕|回复|已办理",
					"咨询|复议|诉讼|投诉|留言|信箱|问题|网民|来电|按期|按时|率|同意|部分|不予|建议|提案", null, "申请", null, false,
					MetricRule.Choice.LARGEST),
			rule("requests.granted", ITEMS, "同意公开|予以公开|全部公开|准予公开|公开的", "部分|不予|不同意|未予|不属于|主动公开|咨询", null, "申请", null,
					true, MetricRule.Choice.FIRST),
			rule("requests.partial", ITEMS, "部分公开|部分同意|同意部分", "咨询", null, "申请", null, true, MetricRule.Choice.FIRST),
			rule("requests.denied", ITEMS, "不予公开|不同意公开|不公开|不予提供|拒绝公开", "咨询", null, "申请", null, true,
					MetricRule.Choice.FIRST),
			rule("review.total", CASES, "复议", "诉讼|纠正|撤销|维持|败诉|确认违法|驳回|终止|复议后|审结|办结", null, "公开", null, false,
					MetricRule.Choice.LARGEST),
			rule("review.corrected", CASES, "纠正|撤销|确认违法|纠错|被改变", "诉讼|维持", null, "复议", null, true,
					MetricRule.Choice.FIRST),
			rule("litigation.total", CASES, "诉讼|起诉|应诉", "行政复议|败诉|胜诉|纠正|撤销|维持|驳回|审结|判决", null, "公开", null, false,
					MetricRule.Choice.LARGEST),
			rule("litigation.corrected", CASES, "败诉|纠正|撤销|确认违法", "复议|维持|胜诉", null, "诉讼", null, true,
					MetricRule.Choice.FIRST),
			rule("complaints.total", CASES, "申诉|投诉|举报", "咨询|建议|留言|信访|热线|诉求|网民|微博|微信|来电", null, "公开|投诉|申诉|举报", null,
					false, MetricRule.Choice.LARGEST),
			rule("fees.collected_yuan", Set.of("元"), "收取|收费|费用|处理费|检索费|复制费|邮寄费|工本费",
					"支出|经费|预算|投入|拨款|财政|工资|行政事业性|罚款|资金|减免|免收|退还|免除", null, "申请|公开|信息处理费|收费", null, false,
					MetricRule.Choice.LARGEST),
			rule("staff.full_time", PEOPLE, "专职|全职", "兼职|总数|合计|总计", null, null, null, true, MetricRule.Choice.FIRST),
			rule("staff.part_time", PEOPLE, "兼职", "专兼职|总数|合计|总计", null, null, null, true, MetricRule.Choice.FIRST),
			rule("consultations.total", Set.of("人次", "次", "件", "人", "件次", "条"), "咨询",
					"投诉|建议|活动|热线|来电|留言|12333|12345|微博|微信", null, "公开|咨询", null, false, MetricRule.Choice.LARGEST),
			rule("website.visits", Set.of("次", "人次", "人"), "访问|点击|浏览", "微博|微信|粉丝|APP|app|客户端|公众号", null, SITE, null,
					false, MetricRule.Choice.LARGEST));

	private MetricRules() {
	}

	/**
	 * Whether a section is the place the report gives this metric (行政复议和行政诉讼情况 for
	 * lawsuits, 收费及减免情况 for fees): there the topic is implied by the heading.
	 */
	static boolean isHomeSection(String metric, SectionSplitter.Kind kind) {
		return switch (kind) {
			case REVIEW ->
				metric.startsWith("review.") || metric.startsWith("litigation.") || metric.equals("complaints.total");
			case CONSULTATION -> metric.equals("consultations.total") || metric.equals("complaints.total");
			case FEES -> metric.equals("fees.collected_yuan");
			case REQUESTS -> metric.startsWith("requests.");
			default -> false;
		};
	}

	/** Whether a sentence or section heading is about disclosure work. */
	static boolean aboutDisclosure(String text) {
		return DISCLOSURE_TOPIC.matcher(text).find();
	}

	private static MetricRule rule(String metric, Set<String> units, String label, String labelExcludes,
			String clauseRequires, String topic, String preferred, boolean partOfBreakdown, MetricRule.Choice choice) {
		return new MetricRule(metric, units, Pattern.compile(label), Pattern.compile(labelExcludes),
				compile(clauseRequires), compile(topic), compile(preferred), partOfBreakdown, choice);
	}

	private static Pattern compile(String regex) {
		return (regex != null) ? Pattern.compile(regex) : null;
	}

}
