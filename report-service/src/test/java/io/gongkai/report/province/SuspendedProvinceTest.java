package io.gongkai.report.province;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.gongkai.report.ReportServiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A suspended province's reports can be read but not changed; tenant-service answers
 * which provinces are suspended (a WireMock stand-in here).
 */
@SpringBootTest(properties = "gongkai.reports.suspension-check.fresh-for=0s")
class SuspendedProvinceTest extends ReportServiceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProvinceSuspensions suspensions;

	@BeforeAll
	static void tenantServiceAnswers() {
		tenantService.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/tenants/430000/status"))
			.willReturn(WireMock.okJson("{\"code\":\"430000\",\"status\":\"suspended\"}")));
		tenantService.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/tenants/440000/status"))
			.willReturn(WireMock.okJson("{\"code\":\"440000\",\"status\":\"active\"}")));
		tenantService.stubFor(
				WireMock.get(WireMock.urlPathEqualTo("/api/tenants/420000/status")).willReturn(WireMock.serverError()));
	}

	@Test
	void aSuspendedProvincesReportsCannotBeWrittenButCanBeRead() throws Exception {
		create(tokens.reporter("430000", "430100-a")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/province-suspended"));
		this.mvc.perform(get("/api/reports").header("Authorization", "Bearer " + tokens.reporter("430000", "430100-a")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void anActiveProvinceWritesAsUsual() throws Exception {
		create(tokens.reporter("440000", "440100-a")).andExpect(status().isCreated());
	}

	@Test
	void whenTenantServiceCannotAnswerWorkGoesOn() throws Exception {
		create(tokens.reporter("420000", "420100-a")).andExpect(status().isCreated());
	}

	@Test
	void agenciesArrivingTogetherWaitForOneQuestionToTenantService() throws Exception {
		String status = "/api/tenants/450000/status";
		tenantService.stubFor(WireMock.get(WireMock.urlPathEqualTo(status))
			.willReturn(WireMock.okJson("{\"code\":\"450000\",\"status\":\"active\"}").withFixedDelay(400)));
		// the service account's token first, so that the questions below take only their
		// answer's time (well within the 1 s time-out that would ask again)
		this.suspensions.isSuspended("460000");

		List<Boolean> first = askedTogether("450000", 8);
		assertThat(first).containsOnly(false);
		assertThat(questionsTo(status)).isEqualTo(1);

		// the answer is stale at once here (fresh for 0 s): of eight requests arriving
		// together, one asks again and the others go by the last answer meanwhile
		tenantService.stubFor(WireMock.get(WireMock.urlPathEqualTo(status))
			.willReturn(WireMock.okJson("{\"code\":\"450000\",\"status\":\"suspended\"}").withFixedDelay(400)));
		List<Boolean> second = askedTogether("450000", 8);
		assertThat(second).contains(true);
		assertThat(questionsTo(status)).isEqualTo(2);
		assertThat(this.suspensions.isSuspended("450000")).isTrue();
	}

	private List<Boolean> askedTogether(String province, int requests) throws Exception {
		ExecutorService agencies = Executors.newFixedThreadPool(requests);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> answers = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				answers.add(agencies.submit(() -> {
					start.await();
					return this.suspensions.isSuspended(province);
				}));
			}
			start.countDown();
			List<Boolean> suspended = new ArrayList<>();
			for (Future<Boolean> answer : answers) {
				suspended.add(answer.get(30, TimeUnit.SECONDS));
			}
			return suspended;
		}
		finally {
			agencies.shutdownNow();
		}
	}

	private static int questionsTo(String path) {
		return tenantService.findAll(WireMock.getRequestedFor(WireMock.urlPathEqualTo(path))).size();
	}

	private ResultActions create(String token) throws Exception {
		return this.mvc.perform(post("/api/reports").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\":2015,\"format\":\"legacy\",\"agencyName\":\"某局\"}"));
	}

}
