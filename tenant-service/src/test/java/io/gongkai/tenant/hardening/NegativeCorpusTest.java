package io.gongkai.tenant.hardening;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import io.gongkai.platform.mongo.test.StoreSnapshot;
import io.gongkai.platform.problem.test.ProblemAssertions;
import io.gongkai.tenant.TenantServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * tenant-service's negative corpus: malformed requests over every write endpoint (the
 * registry, its files, accounts, reminders, population, onboarding). Each must be a
 * problem with type, title and detail, never a 5xx, with nothing of Java in it, and must
 * leave the store exactly as it was.
 */
@SpringBootTest(properties = "gongkai.registry.import.max-file-size=64KB")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NegativeCorpusTest extends TenantServiceTest {

	static final AtomicInteger cases = new AtomicInteger();

	static final AtomicInteger serverErrors = new AtomicInteger();

	static final AtomicInteger leaks = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoClient client;

	@BeforeAll
	void anAgencyToAimAt() throws Exception {
		for (int attempt = 1;; attempt++) {
			MockHttpServletResponse created = this.mvc
				.perform(MockMvcRequestBuilders.post("/api/tenants/620000/agencies")
					.header("Authorization", "Bearer " + tokens.coordinator("620000"))
					.contentType("application/json")
					.content(TenantCorpus.AGENCY.replace("{", "{\"id\":\"620100-base\",")))
				.andReturn()
				.getResponse();
			if (created.getStatus() == 201) {
				return;
			}
			assertThat(attempt).as(created.getContentAsString()).isLessThan(5);
		}
	}

	@AfterAll
	void stop() {
		System.out.printf("tenant-service negative corpus: %d cases, %d answered 5xx, %d named Java%n", cases.get(),
				serverErrors.get(), leaks.get());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void aMalformedRequestIsAProblemAndChangesNothing(String name, TenantCorpus.Request request) throws Exception {
		TreeMap<String, List<String>> before = StoreSnapshot.of(this.client);
		MockHttpServletRequestBuilder builder = MockMvcRequestBuilders
			.request(HttpMethod.valueOf(request.method()), java.net.URI.create(request.path()))
			.header("Authorization", "Bearer " + token(request.role()));
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
			case "admin" -> tokens.admin();
			case "reporter" -> tokens.reporter("620000", "620100-base");
			case "foreign" -> tokens.coordinator("210000");
			default -> tokens.coordinator("620000");
		};
	}

	Stream<Arguments> corpus() {
		return TenantCorpus.cases().stream().map((entry) -> Arguments.of(entry.getKey(), entry.getValue()));
	}

}
