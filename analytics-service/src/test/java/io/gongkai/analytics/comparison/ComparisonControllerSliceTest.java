package io.gongkai.analytics.comparison;

import java.util.List;

import io.gongkai.analytics.access.FigureRequests;
import io.gongkai.analytics.access.FiguresAccess;
import io.gongkai.analytics.catalogue.FigureCatalogue;
import io.gongkai.analytics.nation.Grouping;
import io.gongkai.analytics.nation.NationalFigures;
import io.gongkai.analytics.nation.Visibility;
import io.gongkai.platform.problem.ProblemConfiguration;
import io.gongkai.platform.security.ResourceServerConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.gongkai.platform.security.test.SignedInCallers.analyst;
import static io.gongkai.platform.security.test.SignedInCallers.coordinator;
import static io.gongkai.platform.security.test.SignedInCallers.reporter;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may compare provinces, on the web slice alone with tokens made in the test (no
 * token issuer, no store, no national read model): analysts see every province, a
 * coordinator its own in detail and no other, a reporter none; every refusal is a problem
 * in Chinese.
 */
@WebMvcTest(controllers = ComparisonController.class,
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "io\\.gongkai\\.analytics\\.synthetic\\..*"))
@ImportAutoConfiguration({ ResourceServerConfiguration.class, ProblemConfiguration.class })
@Import({ FiguresAccess.class, FigureRequests.class, FigureCatalogue.class })
@TestPropertySource(properties = "gongkai.security.issuer-uri=http://127.0.0.1:9/realms/gongkai")
class ComparisonControllerSliceTest {

	static final String RECEIVED_2021 = "/api/analytics/comparison?figure=requests.received&year=2021";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private FigureCatalogue catalogue;

	@MockitoBean
	private NationalFigures figures;

	@MockitoBean
	private FigureComparison comparison;

	@BeforeEach
	void theNationalFiguresAreLoaded() {
		given(this.figures.loaded()).willReturn(true);
		given(this.comparison.compare(any(), anyInt(), any(), any(), any()))
			.willAnswer((call) -> new ComparisonView(call.getArgument(0), call.getArgument(1), call.getArgument(2),
					call.getArgument(3), "sum", List.of(), null, null, null));
	}

	@Test
	void withoutATokenNothingIsComparedAndTheAnswerIsAProblemInChinese() throws Exception {
		this.mvc.perform(get(RECEIVED_2021))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("需要登录"));
		then(this.comparison).shouldHaveNoInteractions();
	}

	@Test
	void anAnalystComparesEveryProvince() throws Exception {
		this.mvc.perform(get(RECEIVED_2021).with(analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2021));
		then(this.comparison).should()
			.compare(eq(this.catalogue.require("requests.received")), eq(2021), eq(Grouping.province), eq(null),
					eq(Visibility.nation()));
	}

	@Test
	void aCoordinatorSeesItsOwnProvinceInDetailAndNoOther() throws Exception {
		this.mvc.perform(get(RECEIVED_2021 + "&by=level&province=210000").with(coordinator("210000")))
			.andExpect(status().isOk());
		then(this.comparison).should()
			.compare(any(), eq(2021), eq(Grouping.level), eq("210000"), eq(Visibility.province("210000")));

		this.mvc.perform(get(RECEIVED_2021 + "&by=level&province=440000").with(coordinator("210000")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/foreign-province"))
			.andExpect(jsonPath("$.title").value("其他省份"))
			.andExpect(jsonPath("$.detail").value(containsString("辽宁省")));
		then(this.comparison).should(never()).compare(any(), anyInt(), any(), eq("440000"), any());
	}

	@Test
	void aReporterComparesNothing() throws Exception {
		this.mvc.perform(get(RECEIVED_2021).with(reporter("210000", "210000-rs")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("无权操作"));
		then(this.comparison).shouldHaveNoInteractions();
	}

}
