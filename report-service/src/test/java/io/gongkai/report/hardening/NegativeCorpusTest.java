package io.gongkai.report.hardening;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.gongkai.report.SampleReports;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.mongodb.client.MongoClient;
import io.gongkai.platform.mongo.test.StoreSnapshot;
import io.gongkai.platform.problem.test.ProblemAssertions;
import io.gongkai.report.ReportServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * report-service's negative corpus: malformed requests over every write endpoint (wrong
 * types, ranges, unknown cells, text that cannot be printed, encodings, sizes, headers,
 * operators such as {@code {"$gt": ""}} in ids and bodies, path traversal), and over the
 * text import's uploads, previews, confirmations, drafts and batches. Each must be a
 * problem ({@code application/problem+json} with type, title and detail), never a 5xx,
 * with nothing of Java in it, and must leave the store exactly as it was.
 */
@SpringBootTest(properties = "gongkai.reports.max-body-size=256KB")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NegativeCorpusTest extends ReportServiceTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String PROVINCE = "510000";

	static final String AGENCY = "510100-corpus";

	static final AtomicInteger cases = new AtomicInteger();

	static final AtomicInteger serverErrors = new AtomicInteger();

	static final AtomicInteger leaks = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoClient client;

	String report;

	String preview;

	/**
	 * The province's storage prepared as onboarding does (its unique indexes in place),
	 * and a draft to aim at.
	 */
	@BeforeAll
	void aDraftToAimAt() throws Exception {
		tenantService.stubFor(
				WireMock.get(WireMock.urlPathEqualTo("/api/tenants/" + PROVINCE)).willReturn(WireMock.okJson("{}")));
		tenantService.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/tenants/" + PROVINCE + "/status"))
			.willReturn(WireMock.okJson("{\"status\":\"active\"}")));
		for (int attempt = 1;; attempt++) {
			int prepared = this.mvc
				.perform(MockMvcRequestBuilders.put("/api/reports/provinces/" + PROVINCE + "/storage")
					.header("Authorization", "Bearer " + tokens.admin()))
				.andReturn()
				.getResponse()
				.getStatus();
			if (prepared == 200) {
				break;
			}
			assertThat(attempt).isLessThan(5);
		}
		for (int attempt = 1;; attempt++) {
			MockHttpServletResponse created = this.mvc
				.perform(MockMvcRequestBuilders.post("/api/reports")
					.header("Authorization", "Bearer " + token("reporter"))
					.contentType("application/json")
					.content(createBody().toString()))
				.andReturn()
				.getResponse();
			if (created.getStatus() == 201) {
				this.report = JSON.readTree(created.getContentAsString()).get("id").asString();
				break;
			}
			assertThat(attempt).as(created.getContentAsString()).isLessThan(5);
		}
		MockHttpServletResponse previewed = this.mvc
			.perform(MockMvcRequestBuilders.post("/api/reports/imports/preview")
				.header("Authorization", "Bearer " + token("reporter"))
				.contentType("application/json")
				.content(JSON.createObjectNode().put("text", ImportCorpus.REPORT_TEXT).toString()))
			.andReturn()
			.getResponse();
		assertThat(previewed.getStatus()).as(previewed.getContentAsString()).isEqualTo(200);
		this.preview = JSON.readTree(previewed.getContentAsString()).get("id").asString();
	}

	@AfterAll
	void stop() {
		System.out.printf("report-service negative corpus: %d cases, %d answered 5xx, %d named Java%n", cases.get(),
				serverErrors.get(), leaks.get());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void aMalformedRequestIsAProblemAndChangesNothing(String name, Request request) throws Exception {
		TreeMap<String, List<String>> before = StoreSnapshot.of(this.client);
		String path = request.path().replace("{report}", this.report).replace("{preview}", this.preview);
		AbstractMockHttpServletRequestBuilder<?> builder;
		if (request.uploads().isEmpty()) {
			builder = MockMvcRequestBuilders.request(HttpMethod.valueOf(request.method()), java.net.URI.create(path));
		}
		else {
			MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders
				.multipart(HttpMethod.valueOf(request.method()), java.net.URI.create(path));
			request.uploads().forEach(multipart::file);
			builder = multipart;
		}
		builder.header("Authorization", "Bearer " + token(request.role()));
		if (request.contentType() != null) {
			builder.header("Content-Type", request.contentType());
		}
		request.headers().forEach(builder::header);
		if (request.body() != null) {
			builder.content(request.body());
		}
		MockHttpServletResponse response = this.mvc.perform(builder).andReturn().getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		cases.incrementAndGet();
		if (response.getStatus() >= 500) {
			serverErrors.incrementAndGet();
		}
		if (ProblemAssertions.leaksJava(body)) {
			leaks.incrementAndGet();
		}
		ProblemAssertions.assertProblem(response.getStatus(), String.valueOf(response.getContentType()), body);
		assertThat(StoreSnapshot.of(this.client)).as("the store after %s", name).isEqualTo(before);
	}

	static String token(String role) {
		return switch (role) {
			case "coordinator" -> tokens.coordinator(PROVINCE);
			case "admin" -> tokens.admin();
			default -> tokens.reporter(PROVINCE, AGENCY);
		};
	}

	/** A valid create request: the complete 2021 sample of the validation tests. */
	static ObjectNode createBody() {
		return SampleReports.complete2021("department");
	}

	/** A request of the corpus; {@code {report}} in the path is the draft aimed at. */
	record Request(String method, String path, String role, String contentType, Map<String, String> headers,
			byte[] body, List<MockMultipartFile> uploads) {

		Request(String method, String path, String role, String contentType, Map<String, String> headers, byte[] body) {
			this(method, path, role, contentType, headers, body, List.of());
		}

		/**
		 * A multipart request with the given parts, as a browser's file upload sends it.
		 */
		static Request upload(String path, String role, MockMultipartFile... parts) {
			return new Request("POST", path, role, null, Map.of(), null, List.of(parts));
		}

		static Request json(String method, String path, String role, String body) {
			return new Request(method, path, role, "application/json", Map.of(),
					(body != null) ? body.getBytes(StandardCharsets.UTF_8) : null);
		}

		Request with(String header, String value) {
			Map<String, String> all = new java.util.LinkedHashMap<>(this.headers);
			all.put(header, value);
			return new Request(this.method, this.path, this.role, this.contentType, all, this.body, this.uploads);
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	/** A header value as Tomcat hands it over when the client sent UTF-8 bytes. */
	static String rawUtf8(String text) {
		return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
	}

	Stream<org.junit.jupiter.params.provider.Arguments> corpus() {
		return Stream.concat(ReportCorpus.cases().stream(), ImportCorpus.cases().stream())
			.map((entry) -> org.junit.jupiter.params.provider.Arguments.of(entry.getKey(), entry.getValue()));
	}

}
