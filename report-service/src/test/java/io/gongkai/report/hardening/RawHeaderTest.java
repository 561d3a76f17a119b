package io.gongkai.report.hardening;

import java.nio.charset.StandardCharsets;

import io.gongkai.platform.problem.test.ProblemAssertions;
import io.gongkai.platform.problem.test.RawHttp;
import io.gongkai.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests sent byte for byte over a socket, as no HTTP client would: raw UTF-8 in the
 * headers the service reads (Tomcat decodes header bytes as ISO-8859-1, so {@code 键}
 * arrives as three characters above U+007F), brackets in a query string, a malformed
 * request line. Each is a 400 problem naming what is wrong, never a 500 or an HTML page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RawHeaderTest extends ReportServiceTest {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			POST /api/reports                | Idempotency-Key: 键
			POST /api/reports                | Idempotency-Key: key with spaces
			POST /api/reports/exchange       | Idempotency-Key: 键
			PUT /api/reports/some-report     | If-Match: "键"
			PUT /api/reports/some-report     | If-Match: 键
			POST /api/reports/some-report/submission | If-Match: W/"é"
			GET /api/reports/some-report     | If-None-Match: "键"
			GET /api/reports                 | If-None-Match: "1", 键
			POST /api/reports                | Content-Type: 键/json
			GET /api/reports                 | Accept: 键
			""")
	void aHeaderWithBytesOutsideAsciiIsA400NamingIt(String requestLine, String header) throws Exception {
		String token = tokens.reporter("510000", "510100-raw");
		RawHttp.Answer answer = RawHttp.send(this.port, requestLine.trim() + " HTTP/1.1\r\nAuthorization: Bearer "
				+ token + "\r\n" + header.trim() + "\r\nContent-Type: application/json",
				"{}".getBytes(StandardCharsets.UTF_8));
		JsonNode problem = ProblemAssertions.assertProblem(answer.status(), answer.contentType(), answer.body());
		assertThat(answer.status()).isEqualTo(400);
		assertThat(problem.path("header").asString()).as(answer.body())
			.isEqualTo(header.substring(0, header.indexOf(':')).trim());
	}

	@Test
	void bracketsInAQueryStringReachTheServiceAndAreJudgedThere() throws Exception {
		String token = tokens.reporter("510000", "510100-raw");
		RawHttp.Answer answer = RawHttp.send(this.port,
				"GET /api/reports?year[$gt]=&sort=[x] HTTP/1.1\r\nAuthorization: Bearer " + token, null);
		assertThat(answer.contentType()).doesNotContain("html");
		assertThat(answer.status()).isLessThan(500);
		assertThat(ProblemAssertions.leaksJava(answer.body())).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a control character in the path  | GET /api/reports/\u0001 HTTP/1.1
			a malformed percent escape        | GET /api/reports/%zz HTTP/1.1
			an unknown HTTP version           | GET /api/reports HTTP/9.9
			a path outside the API            | GET /no/such/place HTTP/1.1
			a path traversal                  | GET /api/reports/..%2f..%2fetc%2fpasswd HTTP/1.1
			""")
	void whatTomcatRefusesItselfIsAProblemToo(String name, String requestLine) throws Exception {
		RawHttp.Answer answer = RawHttp.send(this.port, requestLine.trim(), null);
		assertThat(answer.status()).isNotEqualTo(500);
		ProblemAssertions.assertProblem(Math.min(answer.status(), 499), answer.contentType(), answer.body());
	}

}
