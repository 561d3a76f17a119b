package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's APIs end to end ({@link RunningPlatform}): every request goes through
 * the gateway with real Keycloak tokens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(RunningPlatform.class)
class PlatformEndToEndIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private RunningPlatform platform;

	private HttpClient http;

	@BeforeAll
	void useThePlatform(RunningPlatform platform) {
		this.platform = platform;
		this.http = platform.http();
	}

	@Test
	void aReporterReadsItsOwnReportByListAndById() throws Exception {
		String reporter = this.platform.password("gongkai-cli", "reporter-210000");
		JsonNode list = json.readTree(this.platform.get("/api/reports", reporter).body());
		List<String> agencies = new ArrayList<>();
		list.get("items").forEach((item) -> agencies.add(item.get("agencyId").asString()));
		assertThat(agencies).containsOnly("210000-rst");
		String id = list.get("items").get(0).get("id").asString();
		HttpResponse<String> own = this.platform.get("/api/reports/" + id, reporter);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(json.readTree(own.body()).get("year").asInt()).isEqualTo(2011);
	}

	@Test
	void anotherProvincesReporterOrCoordinatorCannotReachTheReport() throws Exception {
		String id = json
			.readTree(
					this.platform.get("/api/reports", this.platform.password("gongkai-cli", "reporter-210000")).body())
			.get("items")
			.get(0)
			.get("id")
			.asString();
		for (String outsider : List.of("reporter-370000", "coordinator-370000")) {
			String token = this.platform.password("gongkai-cli", outsider);
			assertThat(this.platform.get("/api/reports/" + id, token).statusCode()).as(outsider + " by id")
				.isIn(403, 404);
			assertThat(this.platform.get("/api/reports", token).body()).as(outsider + " by list").doesNotContain(id);
		}
		assertThat(this.platform.get("/api/reports/" + id, this.platform.password("gongkai-cli", "coordinator-210000"))
			.statusCode()).isEqualTo(200);
	}

	@Test
	void theAnalystReachesTheAnalyticsRoute() throws Exception {
		assertThat(this.platform.get("/api/analytics/freshness", this.platform.password("gongkai-cli", "analyst"))
			.statusCode()).isEqualTo(200);
	}

	/**
	 * The demo's published reports, imported into their provinces by the start, reach the
	 * national figures through analytics-service's synchronisation (report feed and
	 * registry, with the services' account): the analyst's first look at a recent year
	 * shows figures of several provinces; Gansu's coordinator sees no other province.
	 */
	@Test
	void afterTheStartTheAnalystsNationalFigureOfARecentYearHasSeveralProvinces() throws Exception {
		HttpResponse<String> started = this.platform.send("POST", "/api/analytics/sync",
				this.platform.password("gongkai-cli", "admin"), "{}");
		assertThat(started.statusCode()).as(started.body()).isIn(200, 202);
		String comparison = "/api/analytics/comparison?figure=proactive.total&year=2020&by=province";
		List<String> provinces = new ArrayList<>();
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (provinces.size() < 4 && System.nanoTime() < deadline) {
			HttpResponse<String> answer = this.platform.get(comparison,
					this.platform.password("gongkai-cli", "analyst"));
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			provinces.clear();
			for (JsonNode row : json.readTree(answer.body()).get("rows")) {
				if (!row.get("value").isNull() && row.get("value").asDouble() > 0) {
					provinces.add(row.get("key").asString());
				}
			}
			if (provinces.size() < 4) {
				Thread.sleep(2000);
			}
		}
		assertThat(provinces).as("provinces with items disclosed proactively on 2020")
			.hasSizeGreaterThanOrEqualTo(4)
			.contains("210000", "330000", "350000");

		HttpResponse<String> gansu = this.platform.get(comparison,
				this.platform.password("gongkai-cli", "coordinator-620000"));
		assertThat(gansu.body()).doesNotContain("\"350000\"");
	}

	@Test
	void aCoordinatorOpensAReporterWhoseTokenCarriesItsAgencyAndReachesOnlyItsReports() throws Exception {
		String coordinator = this.platform.password("gongkai-cli", "coordinator-370000");
		HttpResponse<String> agency = this.platform.send("POST", "/api/tenants/370000/agencies", coordinator, """
				{"id":"370211-rsj","name":"青岛市黄岛区人力资源和社会保障局","level":"county","kind":"department",
				 "regionCode":"370211","scope":"own"}""");
		assertThat(agency.statusCode()).as(agency.body()).isIn(201, 409);
		HttpResponse<String> opened = this.platform.send("POST", "/api/tenants/370000/accounts", coordinator,
				"{\"username\":\"huangdao-reporter\",\"role\":\"agency-reporter\",\"agencyId\":\"370211-rsj\"}");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		String userId = json.readTree(opened.body()).get("id").asString();
		assertThat(json.readTree(opened.body()).get("temporaryPassword").asString()).hasSizeGreaterThanOrEqualTo(12);

		this.platform.completeFirstSignIn(userId);
		String reporter = this.platform.password("gongkai-cli", "huangdao-reporter");
		JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(reporter.split("\\.")[1]));
		assertThat(claims.get("province").asString()).isEqualTo("370000");
		assertThat(claims.get("agency").asString()).isEqualTo("370211-rsj");
		assertThat(claims.get("roles").toString()).contains("agency-reporter");

		assertThat(json.readTree(this.platform.get("/api/reports", reporter).body()).get("items").size()).isZero();
		HttpResponse<String> created = this.platform.send("POST", "/api/reports", reporter,
				"{\"year\":2016,\"format\":\"legacy\",\"agencyName\":\"青岛市黄岛区人力资源和社会保障局\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		List<String> visible = new ArrayList<>();
		json.readTree(this.platform.get("/api/reports", reporter).body())
			.get("items")
			.forEach((item) -> visible.add(item.get("agencyId").asString()));
		assertThat(visible).containsExactly("370211-rsj");
	}

	@Test
	void theAdminOnboardsAProvinceWhoseCoordinatorSignsInAndASuspensionLocksItOut() throws Exception {
		String admin = this.platform.password("gongkai-cli", "admin");
		HttpResponse<String> onboarded = this.platform.send("POST", "/api/tenants/630000/onboarding", admin,
				"{\"coordinator\":{\"username\":\"qh-coordinator\",\"email\":\"qh@example.org\"}}");
		assertThat(onboarded.statusCode()).as(onboarded.body()).isEqualTo(200);
		JsonNode province = json.readTree(onboarded.body());
		assertThat(province.get("status").asString()).isEqualTo("active");
		assertThat(province.get("storageReady").asBoolean()).isTrue();
		HttpResponse<String> again = this.platform.send("POST", "/api/tenants/630000/onboarding", admin,
				"{\"coordinator\":{\"username\":\"qh-coordinator\"}}");
		assertThat(json.readTree(again.body()).get("status").asString()).isEqualTo("active");

		HttpResponse<String> accounts = this.platform.get("/api/tenants/630000/accounts", admin);
		JsonNode coordinator = json.readTree(accounts.body()).get(0);
		assertThat(coordinator.get("username").asString()).isEqualTo("qh-coordinator");
		this.platform.completeFirstSignIn(coordinator.get("id").asString());
		String token = this.platform.password("gongkai-cli", "qh-coordinator");
		JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
		assertThat(claims.get("province").asString()).isEqualTo("630000");
		assertThat(this.platform.get("/api/reports", token).statusCode()).isEqualTo(200);

		HttpResponse<String> suspended = this.platform.send("POST", "/api/tenants/630000/suspension", admin,
				"{\"reason\":\"end-to-end test\"}");
		assertThat(json.readTree(suspended.body()).get("status").asString()).isEqualTo("suspended");
		assertThat(grantStatus("qh-coordinator")).isEqualTo(400);
		this.platform.send("POST", "/api/tenants/630000/resumption", admin, "{}");
		assertThat(grantStatus("qh-coordinator")).isEqualTo(200);
	}

	/**
	 * Keycloak stops answering (the process is frozen, as a hung server would be) while a
	 * coordinator opens an account: a 503 problem in bounded time and no account
	 * recorded; once Keycloak is back, the same request leaves exactly one complete
	 * account, whatever Keycloak did with the requests it received while frozen.
	 */
	@Test
	void keycloakHangingWhileAnAccountIsOpenedGives503AndARetryAfterwardsLeavesOneCompleteAccount() throws Exception {
		String coordinator = this.platform.password("gongkai-cli", "coordinator-140000");
		for (String agency : List.of("140105-e2e-a", "140105-e2e-b")) {
			HttpResponse<String> registered = this.platform.send("POST", "/api/tenants/140000/agencies", coordinator,
					"{\"id\":\"" + agency + "\",\"name\":\"太原市小店区测试局" + (agency.endsWith("a") ? "甲" : "乙")
							+ "\",\"level\":\"county\",\"kind\":\"department\",\"regionCode\":\"140105\"}");
			assertThat(registered.statusCode()).as(registered.body()).isIn(201, 409);
		}
		HttpResponse<String> before = this.platform.send("POST", "/api/tenants/140000/accounts", coordinator,
				"{\"username\":\"e2e-before-hang\",\"role\":\"agency-reporter\",\"agencyId\":\"140105-e2e-a\"}");
		assertThat(before.statusCode()).as(before.body()).isEqualTo(201);
		String opening = "{\"username\":\"e2e-during-hang\",\"role\":\"agency-reporter\",\"agencyId\":\"140105-e2e-b\"}";

		long keycloak = keycloakPid();
		signal("STOP", keycloak);
		try {
			long started = System.nanoTime();
			HttpResponse<String> refused = this.platform.send("POST", "/api/tenants/140000/accounts", coordinator,
					opening);
			Duration waited = Duration.ofNanos(System.nanoTime() - started);
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(waited).isLessThan(Duration.ofSeconds(20));
			assertThat(this.platform.get("/api/tenants/140000/accounts", coordinator).body())
				.doesNotContain("e2e-during-hang");
		}
		finally {
			signal("CONT", keycloak);
		}

		HttpResponse<String> opened = null;
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			// the circuit to Keycloak may stay open for its wait duration
			opened = this.platform.send("POST", "/api/tenants/140000/accounts", coordinator, opening);
			if (opened.statusCode() != 503) {
				break;
			}
			Thread.sleep(2000);
		}
		assertThat(opened.statusCode()).as(opened.body()).isIn(201, 409);
		String admin = this.platform.tokenFromMasterRealm();
		HttpResponse<String> users = this.http.send(HttpRequest
			.newBuilder(URI.create(this.platform.issuer().replace("/realms/gongkai", "/admin/realms/gongkai/users")
					+ "?exact=true&briefRepresentation=false&username=e2e-during-hang"))
			.header("Authorization", "Bearer " + admin)
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode found = json.readTree(users.body());
		assertThat(found.size()).as(users.body()).isEqualTo(1);
		assertThat(found.get(0).get("attributes").get("province").get(0).asString()).isEqualTo("140000");
		assertThat(found.get(0).get("attributes").get("agency").get(0).asString()).isEqualTo("140105-e2e-b");
		JsonNode accounts = json.readTree(this.platform.get("/api/tenants/140000/accounts", coordinator).body());
		List<String> names = new ArrayList<>();
		accounts.forEach((account) -> names.add(account.get("username").asString()));
		assertThat(names).containsOnlyOnce("e2e-during-hang");
		this.platform.completeFirstSignIn(found.get(0).get("id").asString());
		JsonNode claims = json.readTree(Base64.getUrlDecoder()
			.decode(this.platform.password("gongkai-cli", "e2e-during-hang").split("\\.")[1]));
		assertThat(claims.get("agency").asString()).isEqualTo("140105-e2e-b");
		assertThat(claims.get("roles").toString()).contains("agency-reporter");
	}

	/** The Keycloak process that {@code up} started, from its pid file. */
	private long keycloakPid() throws IOException {
		Path pidFile = this.platform.dataDirectory().resolve("run/keycloak.pid");
		return Long.parseLong(java.nio.file.Files.readAllLines(pidFile).get(0).strip());
	}

	private static void signal(String signal, long pid) throws Exception {
		Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
		assertThat(kill.waitFor()).as("kill -" + signal + " " + pid).isZero();
	}

	private int grantStatus(String username) throws Exception {
		String body = "grant_type=password&client_id=gongkai-cli&username=" + username + "&password=gongkai-demo";
		return this.http
			.send(HttpRequest.newBuilder(URI.create(this.platform.issuer() + "/protocol/openid-connect/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "no token", "wrong signature", "wrong issuer", "wrong audience", "expired" })
	void tokensThatFailVerificationGet401(String kind) throws Exception {
		String token = switch (kind) {
			case "no token" -> null;
			case "wrong signature" -> withForgedSignature(this.platform.password("gongkai-cli", "reporter-210000"));
			case "wrong issuer" -> this.platform.tokenFromMasterRealm();
			case "wrong audience" -> this.platform.password("gongkai-no-audience", "reporter-210000");
			case "expired" -> expiredToken();
			default -> throw new IllegalArgumentException(kind);
		};
		HttpResponse<String> response = this.platform.get("/api/reports", token);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("application/problem+json"));
	}

	/**
	 * A token whose claims are intact but whose signature was made by nobody.
	 */
	private static String withForgedSignature(String token) {
		String[] parts = token.split("\\.");
		byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
		signature[signature.length / 2] ^= 0x5A;
		return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
	}

	/**
	 * A genuine token of the realm that has expired: issued by a client whose tokens live
	 * two seconds, used after the services' clock-skew allowance has passed too.
	 */
	private String expiredToken() throws Exception {
		String admin = this.platform.tokenFromMasterRealm();
		String client = """
				{"clientId":"e2e-short-lived","publicClient":true,"directAccessGrantsEnabled":true,
				 "standardFlowEnabled":false,"attributes":{"access.token.lifespan":"2"},
				 "defaultClientScopes":["gongkai","gongkai-audience","basic"]}""";
		HttpResponse<String> created = this.http.send(HttpRequest
			.newBuilder(URI.create(this.platform.issuer().replace("/realms/gongkai", "/admin/realms/gongkai/clients")))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(client))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
		String token = this.platform.password("e2e-short-lived", "reporter-210000");
		long expiresAt = json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).get("exp").asLong();
		long skewSeconds = 5;
		long waitMillis = (expiresAt + skewSeconds + 1) * 1000 - System.currentTimeMillis();
		if (waitMillis > 0) {
			Thread.sleep(waitMillis);
		}
		return token;
	}

}
