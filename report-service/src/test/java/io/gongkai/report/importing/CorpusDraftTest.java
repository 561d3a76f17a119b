package io.gongkai.report.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.jayway.jsonpath.JsonPath;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Each real published report of the corpus, previewed and made into a draft by a reporter
 * of its province: every table cell and every figure the preview shows is in the draft,
 * with the same value, and the draft says where it came from.
 */
class CorpusDraftTest extends ImportTest {

	static final Path CORPUS = Path.of("src/test/resources/textimport/corpus");

	@Autowired
	MockMvc mvc;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@BeforeEach
	void theRegistryKnowsNoneOfTheNames() {
		tenantService.resetAll();
		this.circuitBreakers.circuitBreaker("tenant-service").reset();
		tenantService.stubFor(WireMock.get(WireMock.urlPathMatching("/api/tenants/\\d{6}/agencies/search"))
			.willReturn(WireMock.okJson("[]")));
		tenantService.stubFor(WireMock.get(WireMock.urlPathMatching("/api/tenants/\\d{6}/agencies/corpus-.*"))
			.willReturn(WireMock.okJson("{\"id\":\"corpus\",\"name\":\"语料中的机关\"}")));
	}

	static Stream<String> reports() throws IOException {
		try (Stream<Path> files = Files.list(CORPUS)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".txt"))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("reports")
	void everyCellAndFigureThePreviewShowsIsInTheDraft(String name) throws Exception {
		byte[] bytes = Files.readAllBytes(CORPUS.resolve(name));
		String reporter = tokens.reporter("370000", "corpus-" + name.substring(0, 2));
		String preview = body(this.mvc
			.perform(multipart("/api/reports/imports/preview")
				.file(new MockMultipartFile("file", name, "text/plain", bytes))
				.header("Authorization", "Bearer " + reporter))
			.andReturn());
		String province = JsonPath.read(preview, "$.extraction.provinceCode");
		if (province != null && !province.equals("370000")) {
			reporter = tokens.reporter(province, "corpus-" + name.substring(0, 2));
			preview = body(this.mvc
				.perform(multipart("/api/reports/imports/preview")
					.file(new MockMultipartFile("file", name, "text/plain", bytes))
					.header("Authorization", "Bearer " + reporter))
				.andReturn());
		}
		assertThat((java.util.List<?>) JsonPath.read(preview, "$.errors")).as(preview).isEmpty();
		String id = JsonPath.read(preview, "$.id");
		Integer year = JsonPath.read(preview, "$.extraction.year");
		MvcResult drafted = this.mvc
			.perform(post("/api/reports/imports/previews/{id}/draft", id).header("Authorization", "Bearer " + reporter)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andReturn();
		if (year == null) {
			assertThat(drafted.getResponse().getStatus()).isEqualTo(422);
			assertThat(body(drafted)).contains("preview-incomplete");
			return;
		}
		assertThat(drafted.getResponse().getStatus()).as(body(drafted)).isEqualTo(201);
		String report = body(this.mvc
			.perform(get(drafted.getResponse().getHeader("Location")).header("Authorization", "Bearer " + reporter))
			.andReturn());

		Map<String, Object> cells = JsonPath.<Map<String, Object>>read(preview, "$.extraction").containsKey("cells")
				? JsonPath.read(preview, "$.extraction.cells") : Map.of();
		Map<String, Object> draftCells = JsonPath.read(report, "$.cells");
		assertThat(draftCells).as("cells of %s", name).hasSameSizeAs(cells);
		if (cells.values().stream().anyMatch((value) -> !same(value, whole(value)))) {
			assertThat(preview).as("%s: a cell with a fraction is rounded only with a warning", name)
				.contains("fractional-figures");
		}
		cells.forEach((cell, value) -> assertThat(same(whole(value), draftCells.get(cell)))
			.as("%s: cell %s is %s in the preview, %s in the draft", name, cell, value, draftCells.get(cell))
			.isTrue());

		Map<String, Map<String, Object>> figures = JsonPath.read(preview, "$.figures");
		Map<String, Map<String, Object>> metrics = JsonPath.read(report, "$.metrics");
		assertThat(metrics).as("figures of %s", name).hasSameSizeAs(figures);
		figures.forEach((metric, figure) -> {
			Map<String, Object> kept = metrics.get(metric);
			assertThat(kept).as("%s: figure %s", name, metric).isNotNull();
			assertThat(same(whole(figure.get("value")), kept.get("value")))
				.as("%s: figure %s is %s in the preview, %s in the draft", name, metric, figure.get("value"),
						kept.get("value"))
				.isTrue();
			assertThat(kept.get("qualifier")).isEqualTo(figure.get("qualifier"));
		});

		assertThat((String) JsonPath.read(report, "$.origin.fileName")).isEqualTo(name);
		assertThat((String) JsonPath.read(report, "$.origin.sourceId")).isEqualTo(id);
		assertThat((Object) JsonPath.read(report, "$.origin.publishedOn"))
			.isEqualTo(JsonPath.read(preview, "$.extraction.publishedOn"));
		assertThat((String) JsonPath.read(report, "$.format"))
			.isEqualTo((year >= 2021) ? "template2021" : (year >= 2019) ? "template2019" : "legacy");
		assertThat((String) JsonPath.read(report, "$.originalText")).isEqualTo(JsonPath.read(preview, "$.text"));
		String publishedOn = JsonPath.read(preview, "$.extraction.publishedOn");
		if (publishedOn != null) {
			LocalDate deadline = LocalDate.parse(JsonPath.read(report, "$.deadline"));
			assertThat((Boolean) JsonPath.read(report, "$.onTime"))
				.as("%s, published on %s, due on %s, imported today", name, publishedOn, deadline)
				.isEqualTo(!LocalDate.parse(publishedOn).isAfter(deadline));
		}
	}

	/**
	 * A report keeps whole figures: a fraction is rounded half up (and the preview says
	 * so).
	 */
	private static Object whole(Object value) {
		return new BigDecimal(value.toString()).setScale(0, java.math.RoundingMode.HALF_UP);
	}

	private static boolean same(Object preview, Object draft) {
		return draft != null && new BigDecimal(preview.toString()).compareTo(new BigDecimal(draft.toString())) == 0;
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
