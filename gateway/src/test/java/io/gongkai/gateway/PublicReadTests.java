package io.gongkai.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public read: published reports without signing in, routed to report-service with no
 * token or cookie; reading only.
 */
class PublicReadTests extends GatewayTest {

	@Autowired
	ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

	/**
	 * Other tests of this context may have opened report-service's circuit, which the
	 * public read shares.
	 */
	@BeforeEach
	void stubServices() {
		this.circuitBreakers.getCircuitBreakerRegistry().circuitBreaker("report-service").reset();
		TestEnvironment.ANALYTICS_SERVICE.resetAll();
		TestEnvironment.REPORT_SERVICE.stubFor(any(anyUrl()).willReturn(okJson("{\"items\":[]}")));
	}

	@Test
	void anyoneReadsThePublishedReportsWithoutSigningInAndNoCredentialIsPassedOn() {
		this.client.get()
			.uri("/api/public/reports?province=440000")
			.header(HttpHeaders.COOKIE, "SESSION=abc")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items")
			.isArray();
		var forwarded = TestEnvironment.REPORT_SERVICE
			.findAll(getRequestedFor(urlEqualTo("/api/public/reports?province=440000")));
		assertThat(forwarded).hasSize(1);
		assertThat(forwarded.get(0).containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
		assertThat(forwarded.get(0).containsHeader(HttpHeaders.COOKIE)).isFalse();
	}

	@Test
	void anyoneReadsTheNationalFiguresOfPublishedReportsFromAnalyticsWithoutSigningIn() {
		this.circuitBreakers.getCircuitBreakerRegistry().circuitBreaker("analytics-service").reset();
		TestEnvironment.ANALYTICS_SERVICE.stubFor(any(anyUrl()).willReturn(okJson("{\"provinces\":[]}")));
		String path = "/api/public/analytics/comparison?figure=requests.received&year=2021";
		this.client.get()
			.uri(path)
			.header(HttpHeaders.COOKIE, "SESSION=abc")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.provinces")
			.isArray();
		var forwarded = TestEnvironment.ANALYTICS_SERVICE.findAll(getRequestedFor(urlEqualTo(path)));
		assertThat(forwarded).hasSize(1);
		assertThat(forwarded.get(0).containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
		assertThat(forwarded.get(0).containsHeader(HttpHeaders.COOKIE)).isFalse();
		assertThat(TestEnvironment.REPORT_SERVICE.findAll(getRequestedFor(urlEqualTo(path)))).isEmpty();
		this.client.post()
			.uri("/api/public/analytics/comparison")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isGreaterThanOrEqualTo(400));
		assertThat(TestEnvironment.ANALYTICS_SERVICE.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
	}

	@Test
	void onlyReadingIsPublicAWriteReachesNoService() {
		this.client.post()
			.uri("/api/public/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isGreaterThanOrEqualTo(400));
		assertThat(TestEnvironment.REPORT_SERVICE.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void thePublicPagesOpenWithoutSigningInInChinese() {
		String[][] pages = { { "/public/index.html", "已发布的政府信息公开工作年度报告", "/app/public/main.js" },
				{ "/public/glossary.html", "术语表", "/app/public/glossary.js" },
				{ "/public/builder.html", "报告查询", "/app/public/builder.js" },
				{ "/public/figures.html", "全国数据", "/app/public/figures.js" },
				{ "/public/report.html", "政府信息公开工作年度报告", "/app/public/report.js" },
				{ "/public/api-key.html", "接口密钥", "/app/public/api-key.js" } };
		for (String[] page : pages) {
			this.client.get()
				.uri(page[0])
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.TEXT_HTML)
				.expectBody(String.class)
				.value((html) -> assertThat(html).contains("lang=\"zh-CN\"").contains(page[1]).contains(page[2]));
			this.client.get().uri(page[2]).exchange().expectStatus().isOk();
		}
		this.client.get()
			.uri("/app/public/layout.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((layout) -> assertThat(layout).contains("/app/public/public.css").contains("skip-link"));
		this.client.get().uri("/app/public/sources.js").exchange().expectStatus().isOk();
		this.client.get()
			.uri("/app/public/contributors.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((contributors) -> assertThat(contributors).contains("/api/public/analytics/contributors"));
		this.client.get().uri("/app/public/main.js").exchange().expectStatus().isOk();
		this.client.get()
			.uri("/app/public/messages.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((messages) -> assertThat(messages).contains("浏览报告").contains("全国数据"));
	}

}
