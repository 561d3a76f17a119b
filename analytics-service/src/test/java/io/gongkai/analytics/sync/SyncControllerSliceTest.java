package io.gongkai.analytics.sync;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.gongkai.platform.security.ResourceServerConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.gongkai.platform.security.test.SignedInCallers.admin;
import static io.gongkai.platform.security.test.SignedInCallers.analyst;
import static io.gongkai.platform.security.test.SignedInCallers.coordinator;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may start a synchronisation round and read where it stands, checked on the web
 * slice alone with tokens made in the test (no token issuer, no store, no neighbours):
 * the roles come from the token as the platform reads them
 * ({@link io.gongkai.platform.security.test.SignedInCallers}).
 */
@WebMvcTest(controllers = SyncController.class,
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "io\\.gongkai\\.analytics\\.synthetic\\..*"))
@ImportAutoConfiguration(ResourceServerConfiguration.class)
@TestPropertySource(properties = "gongkai.security.issuer-uri=http://127.0.0.1:9/realms/gongkai")
class SyncControllerSliceTest {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private NationalSync nationalSync;

	@MockitoBean
	private SyncCursors cursors;

	@MockitoBean
	private SyncSettings settings;

	@Test
	void withoutATokenNobodyStartsARoundAndTheAnswerIsAProblem() throws Exception {
		this.mvc.perform(post("/api/analytics/sync"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		then(this.nationalSync).should(never()).start("admin");
	}

	@Test
	void anAnalystReadsWhereTheRoundsStandButMayNotStartOne() throws Exception {
		given(this.settings.interval()).willReturn(Duration.ofSeconds(30));
		given(this.nationalSync.running()).willReturn(Optional.empty());
		given(this.nationalSync.lastRound()).willReturn(Optional.empty());
		given(this.cursors.all()).willReturn(List.of());

		this.mvc.perform(get("/api/analytics/sync").with(analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.interval").exists());
		this.mvc.perform(post("/api/analytics/sync").with(analyst()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		then(this.nationalSync).should(never()).start("admin");
	}

	@Test
	void aCoordinatorReadsNothingOfTheNationsSynchronisation() throws Exception {
		this.mvc.perform(get("/api/analytics/sync").with(coordinator("210000"))).andExpect(status().isForbidden());
	}

	@Test
	void thePlatformAdminStartsARound() throws Exception {
		given(this.nationalSync.start("admin")).willReturn(new NationalSync.StartedRound(true, null, false));

		this.mvc.perform(post("/api/analytics/sync").with(admin()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.startedNow").value(true));
		then(this.nationalSync).should().start("admin");
	}

}
