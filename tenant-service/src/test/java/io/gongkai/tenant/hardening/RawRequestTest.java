package io.gongkai.tenant.hardening;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import io.gongkai.platform.problem.test.ProblemAssertions;
import io.gongkai.platform.problem.test.RawHttp;
import io.gongkai.tenant.TenantServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * tenant-service's answers to requests sent byte for byte over a socket: raw UTF-8 in the
 * headers it reads, brackets in a query string, an upload whose file name is too long.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RawRequestTest extends TenantServiceTest {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			PUT /api/tenants/620000/agencies/620100-a                | If-Match: "键"
			POST /api/tenants/620000/agencies/620100-a/deactivation  | If-Match: 键
			GET /api/tenants/620000/agencies/620100-a                | If-None-Match: "键"
			POST /api/tenants/620000/agencies                        | Idempotency-Key: 键
			""")
	void aHeaderWithBytesOutsideAsciiIsA400NamingIt(String requestLine, String header) throws Exception {
		RawHttp.Answer answer = RawHttp.send(
				this.port, requestLine.trim() + " HTTP/1.1\r\nAuthorization: Bearer " + tokens.coordinator("620000")
						+ "\r\n" + header.trim() + "\r\nContent-Type: application/json",
				"{}".getBytes(StandardCharsets.UTF_8));
		JsonNode problem = ProblemAssertions.assertProblem(answer.status(), answer.contentType(), answer.body());
		assertThat(answer.status()).isEqualTo(400);
		assertThat(problem.path("header").asString()).isEqualTo(header.substring(0, header.indexOf(':')).trim());
	}

	@Test
	void bracketsInAQueryStringAreNoHtmlPage() throws Exception {
		RawHttp.Answer answer = RawHttp.send(this.port,
				"GET /api/tenants/620000/agencies?name[$gt]=&parent=[x] HTTP/1.1" + "\r\nAuthorization: Bearer "
						+ tokens.coordinator("620000"),
				null);
		assertThat(answer.contentType()).doesNotContain("html");
		assertThat(answer.status()).isLessThan(500);
		assertThat(ProblemAssertions.leaksJava(answer.body())).isFalse();
	}

	@ParameterizedTest(name = "a file name of {0} × ''{1}''")
	@CsvSource({ "3000, a", "3000, 键", "256, b" })
	void aSmallFileWithATooLongNameIsRefusedForItsNameNotItsSize(int length, String letter) throws Exception {
		String boundary = "----gongkai-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ letter.repeat(length) + ".csv\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write("id,name\r\n".getBytes(StandardCharsets.UTF_8));
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		RawHttp.Answer answer = RawHttp.send(this.port,
				"POST /api/tenants/620000/agencies/import HTTP/1.1\r\nAuthorization: Bearer "
						+ tokens.coordinator("620000") + "\r\nContent-Type: multipart/form-data; boundary=" + boundary,
				body.toByteArray());
		JsonNode problem = ProblemAssertions.assertProblem(answer.status(), answer.contentType(), answer.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://gongkai.io/problems/file-name-too-long");
		assertThat(problem.path("maxLength").asInt()).isEqualTo(255);
		assertThat(problem.path("detail").asString()).contains("255").doesNotContain("10 MB");
	}

}
