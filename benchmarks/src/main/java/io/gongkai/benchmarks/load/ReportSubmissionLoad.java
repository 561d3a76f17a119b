package io.gongkai.benchmarks.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many agencies of one province saving and submitting their reports through the gateway
 * at once, each with its own reporter account: every agency creates its report on a year,
 * saves it (with {@code If-Match}), submits it, and goes on to the next year, until the
 * time is up or the legacy years 2008–2018 are done. Afterwards each agency's reports are
 * counted: one per year, none lost, none doubled.
 * <p>
 * Arguments: agencies (200), seconds (60), gateway URL, Keycloak URL, think time in
 * milliseconds (0: each agency sends its next request as soon as it has the answer, which
 * saturates the machine; a few seconds is what a person at the editor does, and then the
 * agencies also arrive over the first think time instead of all at once).
 * <p>
 * Run against a platform started with {@code ./gongkai up} and a rate limit high enough
 * not to be the subject: see docs/benchmarks.md.
 */
public final class ReportSubmissionLoad {

	private static final JsonMapper json = PlatformClient.JSON;

	private final PlatformClient platform;

	private final String gateway;

	private final String keycloak;

	private final String province;

	private final List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());

	/**
	 * Requests slower than {@link #SLOW_MICROS}: when they started and what they were.
	 */
	private final List<String> slow = Collections.synchronizedList(new ArrayList<>());

	private static final long SLOW_MICROS = 500_000;

	private volatile long runStartedNanos;

	private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

	/**
	 * A person's pause after each answer, in milliseconds (0: none, the saturating run).
	 */
	private final long thinkMillis;

	ReportSubmissionLoad(String gateway, String keycloak, String province, long thinkMillis) {
		this.thinkMillis = thinkMillis;
		this.platform = new PlatformClient(gateway, keycloak);
		this.gateway = gateway;
		this.keycloak = keycloak;
		this.province = province;
	}

	public static void main(String[] args) throws Exception {
		int agencies = Integer.parseInt(arg(args, 0, "200"));
		int seconds = Integer.parseInt(arg(args, 1, "60"));
		ReportSubmissionLoad load = new ReportSubmissionLoad(arg(args, 2, "http://127.0.0.1:8080"),
				arg(args, 3, "http://127.0.0.1:8180"), "370000", Long.parseLong(arg(args, 4, "0")));
		List<String> tokens = load.prepareAgencies(agencies).stream().map(Agency::token).toList();
		load.run(tokens, seconds);
	}

	/**
	 * Opens {@code count} agencies of the province through the gateway as the platform
	 * admin, each with a reporter account whose first sign-in is completed (password
	 * {@code gongkai-demo}), under names no earlier run used.
	 * @param count how many
	 * @return the agencies with a token of each one's reporter
	 */
	List<Agency> prepareAgencies(int count) throws Exception {
		String admin = grant("gongkai", "gongkai-cli", "admin");
		String master = grant("master", "admin-cli", "admin");
		String run = UUID.randomUUID().toString().substring(0, 6);
		List<Agency> agencies = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			if (i % 5 == 0) {
				// the master realm's tokens live a minute, and a loaded machine opens
				// few agencies a minute: take fresh ones as the preparation goes on
				admin = grant("gongkai", "gongkai-cli", "admin");
				master = grant("master", "admin-cli", "admin");
			}
			String agency = "370211-load-" + run + "-" + i;
			send("POST", this.gateway + "/api/tenants/" + this.province + "/agencies", admin,
					"{\"id\":\"" + agency + "\",\"name\":\"负载测试" + run + "第" + i
							+ "局\",\"level\":\"county\",\"kind\":\"department\",\"regionCode\":\"370211\"}");
			String username = "load-" + run + "-" + i;
			HttpResponse<String> opened = send("POST", this.gateway + "/api/tenants/" + this.province + "/accounts",
					admin,
					"{\"username\":\"" + username + "\",\"role\":\"agency-reporter\",\"agencyId\":\"" + agency + "\"}");
			String userId = json.readTree(opened.body()).path("id").asString();
			String users = this.keycloak + "/admin/realms/gongkai/users/" + userId;
			String token = null;
			for (int attempt = 0; token == null; attempt++) {
				if (attempt > 0) {
					// the first sign-in was not completed (a refused admin call):
					// again with a fresh token of the master realm
					master = grant("master", "admin-cli", "admin");
				}
				send("PUT", users + "/reset-password", master,
						"{\"type\":\"password\",\"value\":\"gongkai-demo\",\"temporary\":false}");
				send("PUT", users, master, "{\"requiredActions\":[]}");
				try {
					token = grant("gongkai", "gongkai-cli", username);
				}
				catch (IllegalStateException refused) {
					if (attempt == 2) {
						throw refused;
					}
				}
			}
			agencies.add(new Agency(agency, username, token));
			if ((i + 1) % 50 == 0) {
				System.out.printf("prepared %d agencies%n", i + 1);
			}
		}
		return agencies;
	}

	/**
	 * An agency a load run opened.
	 *
	 * @param id its id in the registry
	 * @param username its reporter's account
	 * @param token an access token of that account
	 */
	record Agency(String id, String username, String token) {

	}

	/** A new legacy report on {@code year}, as the first step of a cycle sends it. */
	static String createBody(int year) {
		return "{\"year\":" + year + ",\"format\":\"legacy\",\"agencyName\":\"负载测试局\","
				+ "\"metrics\":{\"requests.received\":{\"value\":" + year % 50 + "}}}";
	}

	/** The report of {@code year} saved with a changed figure, the second step. */
	static String saveBody(int year) {
		return "{\"agencyName\":\"负载测试局\",\"metrics\":{\"requests.received\":{\"value\":" + (year % 50 + 1)
				+ "},\"review.total\":{\"value\":0}}}";
	}

	/**
	 * What a submission sends: no explanations (a legacy report has no warnings to
	 * explain).
	 */
	static final String SUBMIT_BODY = "{\"explanations\":{}}";

	private void run(List<String> tokens, int seconds) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		AtomicInteger created = new AtomicInteger();
		AtomicInteger submitted = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(tokens.size());
		long start = System.nanoTime();
		this.runStartedNanos = start;
		for (String token : tokens) {
			Thread agency = new Thread(() -> {
				try {
					arrive();
					for (int year = 2008; year <= 2018 && System.nanoTime() < deadline; year++) {
						if (cycle(token, year)) {
							created.incrementAndGet();
							submitted.incrementAndGet();
						}
					}
				}
				catch (Exception exception) {
					this.failures
						.computeIfAbsent("exception " + exception.getClass().getSimpleName(),
								(key) -> new AtomicInteger())
						.incrementAndGet();
				}
				finally {
					done.countDown();
				}
			});
			agency.start();
		}
		done.await();
		double elapsed = (System.nanoTime() - start) / 1e9;
		List<Long> sorted = new ArrayList<>(this.latenciesMicros);
		Collections.sort(sorted);
		System.out.printf(
				"agencies %d, think time %d ms, %.1f s, requests %d (%.0f/s), reports created and submitted %d%n",
				tokens.size(), this.thinkMillis, elapsed, sorted.size(), sorted.size() / elapsed, submitted.get());
		System.out.printf("latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", percentile(sorted, 50),
				percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100));
		System.out.println("failures: " + (this.failures.isEmpty() ? "none" : this.failures));
		System.out
			.println("requests over " + SLOW_MICROS / 1000 + " ms (started at s, request, took ms): " + this.slow);
		System.out.println("check: " + check(tokens, created.get()));
	}

	private boolean cycle(String token, int year) throws Exception {
		HttpResponse<String> created = timed("POST", "/api/reports", token, UUID.randomUUID().toString(), null,
				createBody(year));
		if (!expect(created, 201, "create")) {
			return false;
		}
		String id = json.readTree(created.body()).path("id").asString();
		String etag = created.headers().firstValue("ETag").orElse("");
		HttpResponse<String> saved = timed("PUT", "/api/reports/" + id, token, null, etag, saveBody(year));
		if (!expect(saved, 200, "save")) {
			return false;
		}
		HttpResponse<String> submittedAnswer = timed("POST", "/api/reports/" + id + "/submit", token,
				UUID.randomUUID().toString(), null, SUBMIT_BODY);
		return expect(submittedAnswer, 200, "submit");
	}

	/** Every agency has exactly the reports it created, one per year. */
	private String check(List<String> tokens, int created) throws Exception {
		int found = 0;
		int doubled = 0;
		for (String token : tokens) {
			JsonNode page = json.readTree(listOnceAnswered(token).body());
			List<Integer> years = new ArrayList<>();
			page.path("items").forEach((item) -> years.add(item.path("year").asInt()));
			found += years.size();
			doubled += years.size() - years.stream().collect(Collectors.toSet()).size();
		}
		return String.format("created %d, found %d, doubled %d", created, found, doubled);
	}

	/**
	 * An agency's reports, asked again while the gateway answers 503: after a saturating
	 * run its circuit to report-service may stay open for a while.
	 */
	private HttpResponse<String> listOnceAnswered(String token) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		HttpResponse<String> answer = send("GET", this.gateway + "/api/reports?size=200", token, null);
		while (answer.statusCode() == 503 && System.nanoTime() < deadline) {
			Thread.sleep(2000);
			answer = send("GET", this.gateway + "/api/reports?size=200", token, null);
		}
		return answer;
	}

	private boolean expect(HttpResponse<String> response, int status, String step) {
		if (response.statusCode() == status) {
			return true;
		}
		this.failures.computeIfAbsent(step + " " + response.statusCode(), (key) -> new AtomicInteger())
			.incrementAndGet();
		return false;
	}

	private HttpResponse<String> timed(String method, String path, String token, String idempotencyKey, String ifMatch,
			String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.gateway + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		long started = System.nanoTime();
		HttpResponse<String> response = this.platform.send(request);
		long micros = (System.nanoTime() - started) / 1000;
		this.latenciesMicros.add(micros);
		if (micros > SLOW_MICROS) {
			this.slow.add(String.format("%.1f %s %s %d", (started - this.runStartedNanos) / 1e9, method,
					path.replaceAll("[0-9a-f-]{36}", "{id}"), micros / 1000));
		}
		think();
		return response;
	}

	/**
	 * When an agency starts: at a random moment within the first think time, as people
	 * sitting down to work do, rather than all 200 in the same millisecond (a burst of
	 * 200 creates at once takes over a second on two cores whatever the code, and would
	 * be the whole p99). Without a think time, all start at once.
	 */
	private void arrive() throws InterruptedException {
		if (this.thinkMillis > 0) {
			Thread.sleep(ThreadLocalRandom.current().nextLong(this.thinkMillis));
		}
	}

	/**
	 * What a person does between two requests (reads the answer, types): the think time,
	 * varied by half either way so that the agencies do not act in step.
	 */
	private void think() throws InterruptedException {
		if (this.thinkMillis > 0) {
			Thread.sleep(ThreadLocalRandom.current().nextLong(this.thinkMillis / 2, this.thinkMillis * 3 / 2 + 1));
		}
	}

	private HttpResponse<String> send(String method, String uri, String token, String body) throws Exception {
		return this.platform.send(method, uri, token, body);
	}

	private String grant(String realm, String client, String username) throws Exception {
		return this.platform.token(realm, client, username);
	}

	static double percentile(List<Long> sortedMicros, int percentile) {
		if (sortedMicros.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.size()) - 1;
		return sortedMicros.get(Math.max(0, Math.min(index, sortedMicros.size() - 1))) / 1000.0;
	}

	private static String arg(String[] args, int index, String fallback) {
		return (args.length > index) ? args[index] : fallback;
	}

}
