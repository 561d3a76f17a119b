package io.gongkai.analytics.figures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.gongkai.platform.security.test.IsolationMatrixSummary;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every figures endpoint × every kind of caller × the victim province (Gansu, 620000) and
 * the caller's own province, on {@link TestNation}. Each case checks the status, and that
 * the answer (JSON, CSV, or the text of an XLSX workbook) names no province, agency or
 * agency name the caller is not entitled to, other than what the caller sent itself. An
 * endpoint added to any feature of the service (all but the sync and freshness, tested on
 * their own) without a row here fails the test. The counts are written to
 * {@code target/isolation-matrix-analytics.md} and reported in docs/isolation.md.
 */
class FiguresIsolationMatrixTest extends FiguresTestSupport {

	static final String VICTIM = "620000";

	static final String HOME = "210000";

	/** Each province's secrets: its code, its name, its agencies' ids and names. */
	static final Map<String, List<String>> SECRETS = Map.of("620000",
			List.of("620000", "甘肃省", "620000-gov", "甘肃省人民政府", "gs-rst", "甘肃省人力资源和社会保障厅", "gs-jyt", "甘肃省教育厅", "gs-tjj",
					"甘肃省统计局"),
			"210000",
			List.of("210000", "辽宁省", "210000-gov", "辽宁省人民政府", "ln-rst", "辽宁省人力资源和社会保障厅", "ln-fgw", "辽宁省发展和改革委员会",
					"ln-sy-jyj", "沈阳市教育局", "ln-sjj"),
			"330000", List.of("330000", "浙江省", "zj-rst", "浙江省人力资源和社会保障厅", "zj-jyt", "浙江省教育厅", "zj-hz-gov", "杭州市人民政府"));

	/** The callers: a token source, a province, an agency. */
	enum CallerKind {

		PLATFORM_ADMIN(() -> tokens.admin(), null, null), NATIONAL_ANALYST(() -> tokens.analyst(), null, null),
		COORDINATOR_OWN(() -> tokens.coordinator(VICTIM), VICTIM, null),
		COORDINATOR_FOREIGN(() -> tokens.coordinator(HOME), HOME, null),
		REPORTER_OWN(() -> tokens.reporter(VICTIM, "gs-rst"), VICTIM, "gs-rst"),
		REPORTER_FOREIGN(() -> tokens.reporter(HOME, "ln-rst"), HOME, "ln-rst"),
		NO_PROVINCE(() -> tokens.token("stray-coordinator", List.of("provincial-coordinator"), null, null), null, null),
		NO_TOKEN(() -> null, null, null);

		final Supplier<String> token;

		final String province;

		final String agency;

		CallerKind(Supplier<String> token, String province, String agency) {
			this.token = token;
			this.province = province;
			this.agency = agency;
		}

		boolean national() {
			return this == PLATFORM_ADMIN || this == NATIONAL_ANALYST;
		}

		boolean coordinator() {
			return this == COORDINATOR_OWN || this == COORDINATOR_FOREIGN;
		}

		boolean reporter() {
			return this == REPORTER_OWN || this == REPORTER_FOREIGN;
		}

		/** The strings of a province's secrets this caller may see. */
		boolean entitledTo(String province, String secret) {
			if (national() || (coordinator() && province.equals(this.province))) {
				return true;
			}
			if (reporter() && province.equals(this.province)) {
				String agencyName = agencyName(this.agency);
				return secret.equals(this.province) || secret.equals(this.agency) || secret.equals(agencyName)
						|| agencyName.startsWith(secret);
			}
			return false;
		}

	}

	/** Who an endpoint admits. */
	enum Access {

		/** Every signed-in caller. */
		SIGNED_IN,
		/**
		 * National roles and coordinators with a province: national aggregates and own
		 * rows.
		 */
		COMPARING,
		/** National roles, and the coordinator of the province in the request. */
		PROVINCE_DETAIL,
		/** Agency reporters, on their own agency. */
		REPORTER

	}

	/**
	 * A row of the matrix.
	 *
	 * @param handler controller#method
	 * @param variant what distinguishes rows of the same handler
	 * @param access who it admits
	 * @param path the path and query, {@code {code}} standing for the province asked for
	 * @param xlsx whether the answer is a workbook
	 */
	record Endpoint(String handler, String variant, Access access, String path, boolean xlsx) {

		String path(String province) {
			return this.path.replace("{code}", province);
		}

	}

	record Outcome(String endpoint, String caller, String target, int expected, int actual, List<String> leaks) {

	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	static List<Endpoint> endpoints() {
		String figure = "figure=requests.received&year=2022";
		return List.of(
				new Endpoint("CatalogueController#figures", "", Access.SIGNED_IN, "/api/analytics/figures", false),
				new Endpoint("ComparisonController#comparison", "by province", Access.COMPARING,
						"/api/analytics/comparison?" + figure, false),
				new Endpoint("ComparisonController#comparison", "by level in a province", Access.PROVINCE_DETAIL,
						"/api/analytics/comparison?" + figure + "&by=level&province={code}", false),
				new Endpoint("ComparisonController#comparison", "CSV", Access.COMPARING,
						"/api/analytics/comparison?" + figure + "&format=csv", false),
				new Endpoint("ComparisonController#comparison", "XLSX by kind", Access.COMPARING,
						"/api/analytics/comparison?figure=rate.disclosure&year=2022&by=kind&format=xlsx", true),
				new Endpoint("TrendController#trend", "of a province", Access.PROVINCE_DETAIL,
						"/api/analytics/trend?figure=requests.received&province={code}&from=2017&to=2022", false),
				new Endpoint("TrendController#trend", "national XLSX", Access.COMPARING,
						"/api/analytics/trend?figure=rate.disclosure&from=2017&to=2022&format=xlsx", true),
				new Endpoint("OutliersController#outliers", "", Access.COMPARING, "/api/analytics/outliers?" + figure,
						false),
				new Endpoint("DrilldownController#agencies", "", Access.PROVINCE_DETAIL,
						"/api/analytics/provinces/{code}/agencies?" + figure, false),
				new Endpoint("DrilldownController#agencies", "CSV", Access.PROVINCE_DETAIL,
						"/api/analytics/provinces/{code}/agencies?" + figure + "&format=csv", false),
				new Endpoint("CompletenessController#completeness", "", Access.COMPARING,
						"/api/analytics/completeness?from=2017&to=2022", false),
				new Endpoint("CompletenessController#completeness", "XLSX", Access.COMPARING,
						"/api/analytics/completeness?from=2017&to=2022&format=xlsx", true),
				new Endpoint("MyAgencyController#myAgency", "", Access.REPORTER, "/api/analytics/my-agency?year=2022",
						false));
	}

	@Test
	void everyFiguresEndpointIsInTheMatrix() {
		Set<String> declared = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.handlerMapping.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			String feature = handler.getBeanType().getPackageName();
			// The public's national figures are open to anyone and hold published
			// versions
			// only: PublishedFiguresTest crawls them for anything unpublished.
			if (feature.startsWith("io.gongkai.analytics.") && !feature.endsWith(".sync")
					&& !feature.endsWith(".freshness") && !feature.endsWith(".publicfigures")) {
				declared.add(handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName());
			}
		}
		Set<String> inMatrix = new TreeSet<>();
		endpoints().forEach((endpoint) -> inMatrix.add(endpoint.handler()));
		assertThat(inMatrix).as("the matrix against the figures controllers' handler methods").isEqualTo(declared);
	}

	@Test
	void noCallerSeesAProvinceOrAnAgencyItIsNotEntitledTo() throws Exception {
		List<Outcome> outcomes = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			for (CallerKind caller : CallerKind.values()) {
				outcomes.add(run(endpoint, caller, VICTIM));
				if (caller == CallerKind.COORDINATOR_FOREIGN || caller == CallerKind.REPORTER_FOREIGN) {
					outcomes.add(run(endpoint, caller, caller.province));
				}
			}
		}
		List<Outcome> wrongStatus = outcomes.stream()
			.filter((outcome) -> outcome.expected() != outcome.actual())
			.toList();
		List<Outcome> leaking = outcomes.stream().filter((outcome) -> !outcome.leaks().isEmpty()).toList();
		writeSummary(outcomes, wrongStatus, leaking);
		assertThat(outcomes).hasSize(endpoints().size() * (CallerKind.values().length + 2));
		assertThat(leaking).as("cases that showed what the caller may not see").isEmpty();
		assertThat(wrongStatus).as("cases answered otherwise than expected").isEmpty();
	}

	private Outcome run(Endpoint endpoint, CallerKind caller, String province) throws Exception {
		String path = endpoint.path(province);
		MockHttpServletRequestBuilder request = get(path);
		String token = caller.token.get();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		String body = (endpoint.xlsx() && response.getStatus() == 200) ? workbookText(response.getContentAsByteArray())
				: response.getContentAsString(StandardCharsets.UTF_8);
		int expected = expected(endpoint, caller, province);
		List<String> leaks = new ArrayList<>();
		for (Map.Entry<String, List<String>> secrets : SECRETS.entrySet()) {
			for (String secret : secrets.getValue()) {
				if (body.contains(secret) && !path.contains(secret) && !caller.entitledTo(secrets.getKey(), secret)) {
					leaks.add("shows " + secret);
				}
			}
		}
		if (response.getStatus() < 300 && expected >= 300) {
			leaks.add("answered " + response.getStatus() + " where " + expected + " was due");
		}
		return new Outcome(endpoint.handler() + (endpoint.variant().isEmpty() ? "" : " (" + endpoint.variant() + ")"),
				caller.name(), province.equals(VICTIM) ? "Gansu" : "own province", expected, response.getStatus(),
				leaks);
	}

	static int expected(Endpoint endpoint, CallerKind caller, String province) {
		if (caller == CallerKind.NO_TOKEN) {
			return 401;
		}
		boolean allowed = switch (endpoint.access()) {
			case SIGNED_IN -> true;
			case COMPARING -> caller.national() || caller.coordinator();
			case PROVINCE_DETAIL -> caller.national() || (caller.coordinator() && province.equals(caller.province));
			case REPORTER -> caller.reporter();
		};
		return allowed ? 200 : 403;
	}

	static String agencyName(String agency) {
		return TestNation.agencies()
			.stream()
			.filter((each) -> each.getString("_id").equals(agency))
			.map((each) -> each.getString("name"))
			.findFirst()
			.orElseThrow();
	}

	private static String workbookText(byte[] workbook) throws IOException {
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			for (Sheet sheet : book) {
				text.append(sheet.getSheetName()).append('\n');
				for (Row row : sheet) {
					for (Cell cell : row) {
						text.append(cell.toString()).append('\t');
					}
					text.append('\n');
				}
			}
		}
		return text.toString();
	}

	private static void writeSummary(List<Outcome> outcomes, List<Outcome> wrongStatus, List<Outcome> leaking)
			throws IOException {
		Map<String, Integer> byStatus = new LinkedHashMap<>();
		outcomes.forEach((outcome) -> byStatus.merge(Integer.toString(outcome.actual()), 1, Integer::sum));
		IsolationMatrixSummary.titled("Analytics isolation matrix")
			.count("endpoints", endpoints().size())
			.count("handlers", endpoints().stream().map(Endpoint::handler).distinct().count())
			.count("cases", outcomes.size())
			.count("statuses", byStatus)
			.count("leaks", leaking.size())
			.count("unexpected statuses", wrongStatus.size())
			.write("isolation-matrix-analytics.md",
					outcomes.stream()
						.map((outcome) -> new IsolationMatrixSummary.Case(outcome.endpoint(), outcome.caller(),
								outcome.target(), outcome.expected(), outcome.actual(), outcome.leaks()))
						.toList());
	}

}
