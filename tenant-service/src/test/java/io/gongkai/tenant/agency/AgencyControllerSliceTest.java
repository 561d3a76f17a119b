package io.gongkai.tenant.agency;

import java.util.List;

import io.gongkai.platform.problem.ProblemConfiguration;
import io.gongkai.platform.security.ResourceServerConfiguration;
import io.gongkai.tenant.province.ProvinceAccess;
import io.gongkai.tenant.province.ProvinceCatalogue;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.gongkai.platform.security.test.SignedInCallers.admin;
import static io.gongkai.platform.security.test.SignedInCallers.analyst;
import static io.gongkai.platform.security.test.SignedInCallers.coordinator;
import static io.gongkai.platform.security.test.SignedInCallers.reporter;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may read and change a province's agency registry, on the web slice alone with
 * tokens made in the test (no token issuer, no store): the registry's own access rules
 * ({@link ProvinceAccess}) decide, and a refusal is a problem in Chinese that names the
 * provinces, English on request.
 */
@WebMvcTest(controllers = AgencyController.class,
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "io\\.gongkai\\.tenant\\.agency\\.importing\\..*"))
@ImportAutoConfiguration({ ResourceServerConfiguration.class, ProblemConfiguration.class })
@Import({ ProvinceAccess.class, ProvinceCatalogue.class })
@TestPropertySource(properties = "gongkai.security.issuer-uri=http://127.0.0.1:9/realms/gongkai")
class AgencyControllerSliceTest {

	static final String AGENCY = """
			{"name":"甘肃省交通运输厅","level":"province","kind":"department","regionCode":"620000"}""";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private AgencyStore store;

	@MockitoBean
	private AgencyRegistry registry;

	@Test
	void withoutATokenTheRegistryIsNotReadAndTheAnswerIsAProblemInChinese() throws Exception {
		this.mvc.perform(get("/api/tenants/620000/agencies"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/unauthenticated"))
			.andExpect(jsonPath("$.title").value("需要登录"));
		then(this.store).shouldHaveNoInteractions();
	}

	@Test
	void aCoordinatorOfAnotherProvinceIsRefusedWithBothProvincesNamed() throws Exception {
		this.mvc.perform(get("/api/tenants/620000/agencies").with(coordinator("210000")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/foreign-province"))
			.andExpect(jsonPath("$.title").value("其他省份"))
			.andExpect(jsonPath("$.detail").value("你的账户属于辽宁省（210000），不能访问甘肃省（620000）。"));
		register(coordinator("210000")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/foreign-province"));
		then(this.store).shouldHaveNoInteractions();
		then(this.registry).shouldHaveNoInteractions();
	}

	@Test
	void aReporterReadsItsProvincesRegistryButMayNotChangeIt() throws Exception {
		given(this.store.list(eq("620000"), any())).willReturn(new AgencyPage(List.of(gansuTransport()), 0, 50, 1));

		this.mvc.perform(get("/api/tenants/620000/agencies").with(reporter("620000", "620000-jt")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].name").value("甘肃省交通运输厅"));
		register(reporter("620000", "620000-jt")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("其他省份"));
		then(this.registry).should(never()).register(any(), any());
	}

	@Test
	void anAnalystHasNoProvinceAndIsRefusedInEnglishWhenAskedFor() throws Exception {
		this.mvc.perform(get("/api/tenants/620000/agencies").with(analyst()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Another province"));
		then(this.store).shouldHaveNoInteractions();
	}

	@Test
	void aCodeThatIsNoTenantIsNotFoundForEvenTheAdmin() throws Exception {
		this.mvc.perform(get("/api/tenants/990000/agencies").with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		then(this.store).shouldHaveNoInteractions();
	}

	@Test
	void theProvincesCoordinatorRegistersAnAgencyAndIsToldWhereItIs() throws Exception {
		given(this.registry.register(eq("620000"), any())).willReturn(gansuTransport());

		register(coordinator("620000")).andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "/api/tenants/620000/agencies/620000-jt"))
			.andExpect(header().exists(HttpHeaders.ETAG));
		then(this.registry).should().register(eq("620000"), any());
	}

	private ResultActions register(RequestPostProcessor caller) throws Exception {
		return this.mvc.perform(post("/api/tenants/620000/agencies").with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content(AGENCY));
	}

	private static Agency gansuTransport() {
		return new Agency("620000-jt", "620000", "甘肃省交通运输厅", List.of(), AgencyLevel.province, AgencyKind.department,
				"620000", null, Agency.OWN, true, null, null, null, 1);
	}

}
