package io.gongkai.analytics.publicfigures;

import io.gongkai.analytics.access.FigureRequests;
import io.gongkai.analytics.catalogue.Figure;
import io.gongkai.analytics.catalogue.FigureCatalogue;
import io.gongkai.analytics.comparison.FigureComparison;
import io.gongkai.analytics.nation.ProvinceFigures;
import io.gongkai.analytics.nation.PublishedFigures;
import io.gongkai.analytics.problem.AnalyticsProblem;
import io.gongkai.analytics.trend.FigureTrend;
import io.gongkai.platform.problem.ProblemException;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * National figures for the public, without signing in: every figure of the catalogue over
 * the last published version of each report, and nothing of drafts, submissions under
 * review, returned reports or amendments not yet published. Every answer may be kept
 * ({@code Cache-Control}) and carries an {@code ETag}; {@code If-None-Match} answers 304.
 */
@RestController
@RequestMapping("/api/public/analytics")
@Tag(name = "public", description = "公开的全国数据：只计已发布报告的最新发布版本，无需登录")
class PublicFiguresController {

	private static final int MAX_PAGE_SIZE = 200;

	private final FigureCatalogue catalogue;

	private final FigureRequests requests;

	private final PublishedFigures published;

	private final FigureComparison comparison;

	private final FigureTrend trend;

	private final PublishedTimeliness timeliness;

	private final PublishedContributors contributors;

	private final CacheControl caching;

	PublicFiguresController(FigureCatalogue catalogue, FigureRequests requests, PublishedFigures published,
			FigureComparison comparison, FigureTrend trend, PublishedTimeliness timeliness,
			PublishedContributors contributors, @Value("${gongkai.analytics.public.max-age:60s}") Duration maxAge) {
		this.catalogue = catalogue;
		this.requests = requests;
		this.published = published;
		this.comparison = comparison;
		this.trend = trend;
		this.timeliness = timeliness;
		this.contributors = contributors;
		this.caching = CacheControl.maxAge(maxAge).cachePublic();
	}

	@Operation(summary = "指标目录：每个指标和比率的名称、单位，版本之间能否比较", description = "编号与术语表（/api/public/glossary/{id}）相同。")
	@GetMapping("/figures")
	ResponseEntity<List<PublicFigure>> figures() {
		return ResponseEntity.ok()
			.cacheControl(this.caching)
			.body(this.catalogue.figures().stream().map(PublicFigure::of).toList());
	}

	@Operation(summary = "有已发布报告的年度，新的在前")
	@GetMapping("/years")
	ResponseEntity<List<Integer>> years() {
		ready();
		return ResponseEntity.ok().cacheControl(this.caching).body(publishedYears());
	}

	@Operation(summary = "一个指标某一年度的各省数值、排名、中位数和四分位数",
			description = "只计各报告最新发布的版本。year 缺省为有已发布报告的最近一年；每个省份附有其该年度已发布报告的公开列表。"
					+ "每万人指标只按省份比较：另给出全国数值所除的常住人口（national.population）、"
					+ "因没有常住人口数据而不计入的省份（national.withoutPopulation）和各省的常住人口及其年份（population）。")
	@GetMapping("/comparison")
	ResponseEntity<PublicComparison> comparison(@RequestParam String figure,
			@RequestParam(required = false) Integer year) {
		Figure asked = figure(figure);
		ready();
		int of = (year != null) ? this.requests.year(year) : latestYear();
		return ResponseEntity.ok()
			.cacheControl(this.caching)
			.body(PublicComparison.of(this.comparison.comparePublished(asked, of)));
	}

	@Operation(summary = "一个指标历年的数值：全国，或一个省份", description = "只计各报告最新发布的版本；from、to 缺省为截至去年的十年。")
	@GetMapping("/trend")
	ResponseEntity<PublicTrend> trend(@RequestParam String figure, @RequestParam(required = false) String province,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
		Figure asked = figure(figure);
		int[] years = this.requests.years(from, to);
		String of = (province != null && !province.isBlank()) ? this.requests.province(province.strip()) : null;
		ready();
		return ResponseEntity.ok()
			.cacheControl(this.caching)
			.body(PublicTrend.of(this.trend.trendPublished(asked, of, years[0], years[1])));
	}

	@Operation(summary = "各省机关是否按时发布某一年度的报告",
			description = "按时：在所属期限（2008—2018年度报告及人民政府本级报告为次年3月31日，2019年度起部门报告为次年1月31日）之前发布。")
	@GetMapping("/timeliness")
	ResponseEntity<PublicTimeliness> timeliness(@RequestParam(required = false) Integer year) {
		ready();
		int of = (year != null) ? this.requests.year(year) : latestYear();
		return ResponseEntity.ok().cacheControl(this.caching).body(this.timeliness.of(of));
	}

	@Operation(summary = "构成一个指标全国（或一个省份）数值的各机关：已发布报告中给出此指标的本机关报告",
			description = "只计各报告最新发布的版本，与 comparison 的数值一致：计数指标为各机关数值之和，比率为分子之和与分母之和的比。"
					+ "汇总报告不计入，只给出数目。按数值从高到低排列，数值相同的按省份代码、再按机关名称的拼音；"
					+ "每万人指标只列出有常住人口数据的省份的机关（与其数值一致），给出作除数的常住人口（population），"
					+ "并列出没有常住人口数据、不计入数值的省份（withoutPopulation）。"
					+ "page 从 0 起，size 缺省 50、至多 200。每个机关附有其报告在此指标处打开的页面链接。")
	@GetMapping("/contributors")
	ResponseEntity<PublicContributors> contributors(@RequestParam String figure,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String province,
			@RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "50") String size) {
		Figure asked = figure(figure);
		String of = (province != null && !province.isBlank()) ? this.requests.province(province.strip()) : null;
		int pageNumber = bounded(page, 0, Integer.MAX_VALUE, AnalyticsProblem.INVALID_PAGE);
		int pageSize = bounded(size, 1, MAX_PAGE_SIZE, AnalyticsProblem.INVALID_PAGE_SIZE);
		ready();
		int of0 = (year != null) ? this.requests.year(year) : latestYear();
		return ResponseEntity.ok()
			.cacheControl(this.caching)
			.body(this.contributors.of(asked, of0, of, pageNumber, pageSize));
	}

	/** A page number or size as a whole number within its bounds, else a problem. */
	private static int bounded(String given, int min, int max, AnalyticsProblem problem) {
		try {
			int value = Integer.parseInt(given.strip());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new ProblemException(problem, given, MAX_PAGE_SIZE);
	}

	private Figure figure(String id) {
		return this.catalogue.figures()
			.stream()
			.filter((figure) -> figure.id().equals(id.strip()))
			.findFirst()
			.orElseThrow(() -> new ProblemException(AnalyticsProblem.PUBLIC_FIGURE_UNKNOWN, id));
	}

	private List<Integer> publishedYears() {
		TreeSet<Integer> years = new TreeSet<>();
		for (ProvinceFigures province : this.published.nation().all()) {
			years.addAll(province.years());
		}
		return List.copyOf(years.descendingSet());
	}

	/** The latest year with published reports; without any, last year. */
	private int latestYear() {
		List<Integer> years = publishedYears();
		return years.isEmpty() ? this.requests.years(null, null)[1] : years.get(0);
	}

	private void ready() {
		if (!this.published.loaded()) {
			ProblemException loading = new ProblemException(AnalyticsProblem.FIGURES_LOADING);
			loading.getHeaders().set("Retry-After", "10");
			throw loading;
		}
	}

}
