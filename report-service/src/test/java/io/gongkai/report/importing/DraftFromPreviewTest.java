package io.gongkai.report.importing;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A confirmed preview becomes the agency's draft report through the report API, on a real
 * server port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DraftFromPreviewTest extends ImportTest {

	@LocalServerPort
	int port;

	@Test
	void aConfirmedPreviewBecomesADraftWithTheCorrectedFiguresWithoutTheRejectedOnes() {
		tenantService.stubFor(WireMock.get(WireMock.urlPathMatching("/api/tenants/.*/agencies/search"))
			.willReturn(WireMock.okJson("[]")));
		String reporter = tokens.reporter("370000", "370200-draft");
		RestClient rest = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + reporter)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
		String seed = new String(ImportTest.resource("qingdao-hrss-2013.txt"), StandardCharsets.UTF_8);
		String preview = rest.post()
			.uri("/api/reports/imports/preview")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("text", seed, "name", "qingdao.txt"))
			.retrieve()
			.body(String.class);
		String id = JsonPath.read(preview, "$.id");
		ResponseEntity<String> confirmed = rest.post()
			.uri("/api/reports/imports/previews/{id}/confirmations", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"metrics":{"requests.received":{"value":34,"decision":"corrected"}},"rejected":["website.visits"]}""")
			.retrieve()
			.toEntity(String.class);
		assertThat(confirmed.getStatusCode().value()).isEqualTo(200);

		ResponseEntity<String> draft = rest.post()
			.uri("/api/reports/imports/previews/{id}/draft", id)
			.retrieve()
			.toEntity(String.class);
		assertThat(draft.getStatusCode().value()).as(draft.getBody()).isEqualTo(201);
		String location = draft.getHeaders().getLocation().toString();
		String report = rest.get().uri(location).retrieve().body(String.class);
		assertThat((Integer) JsonPath.read(report, "$.year")).isEqualTo(2013);
		assertThat((String) JsonPath.read(report, "$.format")).isEqualTo("legacy");
		assertThat((String) JsonPath.read(report, "$.agencyId")).isEqualTo("370200-draft");
		assertThat(((Number) JsonPath.read(report, "$.metrics['requests.received'].value")).longValue()).isEqualTo(34);
		assertThat(((Number) JsonPath.read(report, "$.metrics['proactive.total'].value")).longValue()).isEqualTo(1276);
		assertThat(report).doesNotContain("website.visits").contains("本年度共受理依申请公开申请");

		ResponseEntity<String> again = rest.post()
			.uri("/api/reports/imports/previews/{id}/draft", id)
			.retrieve()
			.toEntity(String.class);
		assertThat(again.getHeaders().getLocation()).hasToString(location);
	}

	/**
	 * A batch sent as many separate files (not a zip) is one request with a part per
	 * file: the server takes as many parts as a batch may have files.
	 */
	@Test
	void aBatchOfAHundredAndTwentySeparateFilesIsTakenInOneRequest() {
		String coordinator = tokens.coordinator("370000");
		MultiValueMap<String, Object> files = new LinkedMultiValueMap<>();
		for (int i = 0; i < 120; i++) {
			String name = "report-" + i + ".txt";
			files.add("files", new ByteArrayResource("青岛市某局2013年政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8)) {
				@Override
				public String getFilename() {
					return name;
				}
			});
		}
		ResponseEntity<String> accepted = RestClient.create("http://127.0.0.1:" + this.port)
			.post()
			.uri("/api/reports/imports/batches")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + coordinator)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(files)
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(String.class);
		assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
		assertThat((Integer) JsonPath.read(accepted.getBody(), "$.progress.total")).isEqualTo(120);
	}

}
