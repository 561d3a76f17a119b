package io.gongkai.benchmarks.load;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fault test of a platform started with {@code ./gongkai up --instances 2}: agencies
 * of one province create, save and submit their reports through both gateways for a
 * bounded time, as {@link ReportSubmissionLoad}'s agencies do, while one instance of each
 * service and one gateway are killed with SIGKILL, one after the other (by the PID the
 * launcher recorded in {@code <data>/run/<name>.pid}), and each is started again at once
 * with {@code ./gongkai restart <name>}.
 * <p>
 * An agency retries what did not get an answer the way a careful client does: a create
 * and a submission with the same {@code Idempotency-Key}, a save with the report's
 * current {@code ETag}, after a 502, 503 or 504 or a broken connection, and at the other
 * gateway when its own refuses connections (as a load balancer in front of the gateways
 * would). Then it checks:
 * <ol>
 * <li>no submission lost or doubled: every agency's reports, listed through the API, are
 * exactly the ones the driver saw accepted, one per year, each submitted;</li>
 * <li>errors: every failed attempt is counted by status (and problem type) and by how
 * long after the last kill it came; anything but a 503 problem, or later than the window
 * after a kill, is a violation;</li>
 * <li>every instance healthy again ({@code /actuator/health} of each port), with each
 * kill's time to healthy;</li>
 * <li>the national figures complete after the next synchronisation round: the
 * completeness the analyst reads for the province counts, per year, exactly the
 * submissions the driver saw accepted more than before the run.</li>
 * </ol>
 * Arguments: agencies (80), seconds (240), think time in milliseconds (6000: each
 * agency's eleven years then last about the run), window in seconds (60), instance number
 * to kill (2), the repository root ({@code .}: where {@code ./gongkai} is and, unless
 * {@code GONGKAI_DATA_DIR} says otherwise, {@code data/}), Keycloak URL. The platform's
 * ports are the launcher's defaults (gateways 8080 and 8090, services 8081–8083 and
 * 8091–8093). Exits 1 when a check fails. See docs/benchmarks.md.
 */
public final class InstanceFaultLoad {

	private static final JsonMapper json = PlatformClient.JSON;

	private static final String PROVINCE = "370000";

	private static final int FIRST_YEAR = 2008;

	private static final int LAST_YEAR = 2018;

	/** The services and their first instance's port, as the launcher starts them. */
	private static final Map<String, Integer> FIRST_PORTS = Map.of("gateway", 8080, "tenant-service", 8081,
			"report-service", 8082, "analytics-service", 8083);

	/** The order of the kills. */
	private static final List<String> KILLED_SERVICES = List.of("report-service", "tenant-service", "analytics-service",
			"gateway");

	/** How long a request is tried again after the run's end before it is given up. */
	private static final Duration GIVE_UP_AFTER_END = Duration.ofSeconds(180);

	private final PlatformClient platform;

	private final List<String> gateways;

	private final String keycloak;

	private final Path home;

	private final Path dataDir;

	private final long thinkMillis;

	private final Duration window;

	private final int instances = 2;

	private final List<Kill> kills = new CopyOnWriteArrayList<>();

	private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger requests = new AtomicInteger();

	private final Map<String, AtomicInteger> retriedSaves = new ConcurrentHashMap<>();

	private volatile long startedNanos;

	private InstanceFaultLoad(List<String> gateways, String keycloak, Path home, long thinkMillis, Duration window) {
		this.platform = new PlatformClient(gateways.get(0), keycloak);
		this.gateways = gateways;
		this.keycloak = keycloak;
		this.home = home;
		String data = System.getenv("GONGKAI_DATA_DIR");
		this.dataDir = (data != null && !data.isBlank()) ? home.resolve(data) : home.resolve("data");
		this.thinkMillis = thinkMillis;
		this.window = window;
	}

	public static void main(String[] args) throws Exception {
		int agencies = Integer.parseInt(arg(args, 0, "80"));
		int seconds = Integer.parseInt(arg(args, 1, "240"));
		long think = Long.parseLong(arg(args, 2, "6000"));
		Duration window = Duration.ofSeconds(Long.parseLong(arg(args, 3, "60")));
		int killed = Integer.parseInt(arg(args, 4, "2"));
		Path home = Path.of(arg(args, 5, ".")).toAbsolutePath().normalize();
		String keycloak = arg(args, 6, "http://127.0.0.1:8180");
		InstanceFaultLoad load = new InstanceFaultLoad(List.of("http://127.0.0.1:8080", "http://127.0.0.1:8090"),
				keycloak, home, think, window);
		boolean passed = load.run(agencies, seconds, killed);
		System.exit(passed ? 0 : 1);
	}

	private boolean run(int agencyCount, int seconds, int killedNumber) throws Exception {
		ReportSubmissionLoad opener = new ReportSubmissionLoad(this.gateways.get(0), this.keycloak, PROVINCE, 0);
		List<ReportSubmissionLoad.Agency> opened = opener.prepareAgencies(agencyCount);
		System.out.printf("prepared %d agencies of %s%n", opened.size(), PROVINCE);
		Map<Integer, Integer> before = nationalSubmissions();
		System.out.println("completeness before the run (reports per year, " + PROVINCE + "): " + before);
		List<AgencyRun> runs = new ArrayList<>();
		for (int i = 0; i < opened.size(); i++) {
			runs.add(new AgencyRun(opened.get(i), i % this.gateways.size()));
		}
		this.startedNanos = System.nanoTime();
		long deadline = this.startedNanos + Duration.ofSeconds(seconds).toNanos();
		CountDownLatch done = new CountDownLatch(runs.size());
		for (AgencyRun agency : runs) {
			Thread thread = new Thread(() -> {
				try {
					agency.work(deadline);
				}
				catch (Exception ex) {
					agency.stoppedBy = ex.getClass().getSimpleName() + ": " + ex.getMessage();
				}
				finally {
					done.countDown();
				}
			});
			thread.start();
		}
		List<Process> restarts = killOneOfEach(killedNumber, seconds);
		done.await();
		double elapsed = (System.nanoTime() - this.startedNanos) / 1e9;
		for (Process restart : restarts) {
			restart.waitFor();
		}
		System.out.printf("agencies %d through %d gateways, think time %d ms, %.0f s, requests %d%n", runs.size(),
				this.gateways.size(), this.thinkMillis, elapsed, this.requests.get());
		boolean passed = true;
		passed &= reportKills();
		passed &= reportFailures();
		passed &= checkHealth();
		Map<Integer, Integer> submitted = new TreeMap<>();
		passed &= checkReports(runs, submitted);
		passed &= checkNationalFigures(before, submitted);
		System.out.println(passed ? "fault test: passed" : "fault test: FAILED");
		return passed;
	}

	/**
	 * One instance of each service, then one gateway, killed with SIGKILL at even
	 * intervals from a fifth of the run on, each restarted through the launcher at once.
	 */
	private List<Process> killOneOfEach(int number, int seconds) throws Exception {
		List<Process> restarts = new ArrayList<>();
		long spacing = Duration.ofSeconds(seconds).toNanos() / (KILLED_SERVICES.size() + 1);
		for (int i = 0; i < KILLED_SERVICES.size(); i++) {
			String service = KILLED_SERVICES.get(i);
			long at = this.startedNanos + spacing / 2 + spacing * i;
			sleepUntil(at);
			String name = (number == 1) ? service : service + "-" + number;
			int port = FIRST_PORTS.get(service) + 10 * (number - 1);
			long pid = recordedPid(name);
			ProcessHandle process = ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.orElseThrow(() -> new IllegalStateException(name + " (pid " + pid + ") does not run"));
			long killedAt = System.nanoTime();
			process.destroyForcibly();
			process.onExit().get();
			Kill kill = new Kill(name, port, pid, killedAt);
			this.kills.add(kill);
			System.out.printf("%.1f s: killed %s (pid %d) with SIGKILL%n", seconds(killedAt), name, pid);
			Path log = this.dataDir.resolve("logs").resolve("restart-" + name + ".log");
			restarts.add(new ProcessBuilder(this.home.resolve("gongkai").toString(), "restart", name)
				.directory(this.home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start());
			Thread watcher = new Thread(() -> kill.untilHealthy(this));
			watcher.setDaemon(true);
			watcher.start();
		}
		return restarts;
	}

	private long recordedPid(String name) throws IOException {
		List<String> lines = Files.readAllLines(this.dataDir.resolve("run").resolve(name + ".pid"),
				StandardCharsets.UTF_8);
		return Long.parseLong(lines.get(0).trim());
	}

	private boolean reportKills() {
		boolean passed = true;
		for (Kill kill : this.kills) {
			if (kill.healthyAfterNanos < 0) {
				System.out.printf("kill of %s: not healthy again%n", kill.name);
				passed = false;
			}
			else {
				System.out.printf("kill of %s at %.1f s: healthy again after %.1f s%n", kill.name,
						seconds(kill.killedAtNanos), kill.healthyAfterNanos / 1e9);
			}
		}
		return passed;
	}

	/**
	 * Every failed attempt by what it was; violations are those that are not 503 problems
	 * (or, at a gateway that was killed, a connection refused or broken: the client's own
	 * connection went with the gateway) or came later than the window after the last
	 * kill.
	 */
	private boolean reportFailures() {
		Map<String, Integer> byKind = new TreeMap<>();
		List<Failure> violations = new ArrayList<>();
		double latestAfterKill = 0;
		for (Failure failure : this.failures) {
			byKind.merge(failure.kind(), 1, Integer::sum);
			Optional<Kill> kill = lastKillBefore(failure.atNanos());
			double after = kill.map((k) -> (failure.atNanos() - k.killedAtNanos) / 1e9).orElse(-1.0);
			boolean atKilledGateway = this.kills.stream()
				.anyMatch((k) -> k.name.startsWith("gateway") && failure.detail().equals("http://127.0.0.1:" + k.port));
			boolean allowedKind = failure.kind().startsWith("503 problem") || (atKilledGateway
					&& (failure.kind().equals("gateway refused") || failure.kind().startsWith("connection broken")));
			if (!allowedKind || kill.isEmpty() || after > this.window.toSeconds()) {
				violations.add(failure);
			}
			else {
				latestAfterKill = Math.max(latestAfterKill, after);
			}
		}
		System.out.println("failed attempts (each retried): " + (byKind.isEmpty() ? "none" : byKind));
		System.out.printf("latest allowed failure %.1f s after its kill (window %d s)%n", latestAfterKill,
				this.window.toSeconds());
		System.out.println("saves retried with a fresh ETag after an unanswered attempt: " + this.retriedSaves);
		if (!violations.isEmpty()) {
			System.out.println("violations (" + violations.size() + "): " + violations.stream()
				.limit(30)
				.map((f) -> String.format("%.1f s %s %s (%s)", seconds(f.atNanos()), f.step(), f.kind(), f.detail()))
				.collect(Collectors.joining("; ")));
		}
		return violations.isEmpty();
	}

	private Optional<Kill> lastKillBefore(long nanos) {
		Kill last = null;
		for (Kill kill : this.kills) {
			if (kill.killedAtNanos <= nanos) {
				last = kill;
			}
		}
		return Optional.ofNullable(last);
	}

	/** Every instance of every service answers {@code /actuator/health} with UP. */
	private boolean checkHealth() throws Exception {
		boolean passed = true;
		List<String> states = new ArrayList<>();
		for (String service : KILLED_SERVICES) {
			for (int number = 1; number <= this.instances; number++) {
				int port = FIRST_PORTS.get(service) + 10 * (number - 1);
				String state = health(port);
				states.add(service + "@" + port + " " + state);
				passed &= state.equals("UP");
			}
		}
		System.out.println("health after the run: " + String.join(", ", states));
		return passed;
	}

	private String health(int port) {
		try {
			HttpResponse<String> answer = this.platform
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.GET());
			return (answer.statusCode() == 200) ? json.readTree(answer.body()).path("status").asString()
					: "HTTP " + answer.statusCode();
		}
		catch (Exception ex) {
			return "down (" + ex.getClass().getSimpleName() + ")";
		}
	}

	/**
	 * Each agency's reports through the API against what the driver saw accepted: one per
	 * year it created, submitted when its submission was accepted, none else.
	 */
	private boolean checkReports(List<AgencyRun> runs, Map<Integer, Integer> submittedPerYear) throws Exception {
		int accepted = 0;
		int submitted = 0;
		int found = 0;
		int lost = 0;
		int doubled = 0;
		int unexpected = 0;
		int notSubmitted = 0;
		List<String> stopped = new ArrayList<>();
		for (AgencyRun agency : runs) {
			if (agency.stoppedBy != null) {
				stopped.add(agency.agency.username() + " " + agency.stoppedBy);
			}
			HttpResponse<String> answer = agency.request("list", "GET", "/api/reports?size=200", null, null, null,
					System.nanoTime() + GIVE_UP_AFTER_END.toNanos());
			Map<Integer, List<JsonNode>> byYear = new TreeMap<>();
			json.readTree(answer.body())
				.path("items")
				.forEach((item) -> byYear.computeIfAbsent(item.path("year").asInt(), (y) -> new ArrayList<>())
					.add(item));
			for (List<JsonNode> reports : byYear.values()) {
				found += reports.size();
				doubled += reports.size() - 1;
			}
			accepted += agency.created.size();
			for (Map.Entry<Integer, String> created : agency.created.entrySet()) {
				List<JsonNode> reports = byYear.getOrDefault(created.getKey(), List.of());
				if (reports.stream().noneMatch((r) -> r.path("id").asString().equals(created.getValue()))) {
					lost++;
				}
				else if (agency.submitted.contains(created.getKey())) {
					submitted++;
					submittedPerYear.merge(created.getKey(), 1, Integer::sum);
					if (reports.stream().noneMatch((r) -> r.path("status").asString().equalsIgnoreCase("submitted"))) {
						notSubmitted++;
					}
				}
			}
			unexpected += (int) byYear.keySet().stream().filter((year) -> !agency.created.containsKey(year)).count();
		}
		System.out.printf(
				"reports: created and accepted %d, submitted and accepted %d, found %d; lost %d, doubled %d, not seen accepted %d, accepted submission not submitted %d%n",
				accepted, submitted, found, lost, doubled, unexpected, notSubmitted);
		if (!stopped.isEmpty()) {
			System.out.println("agencies stopped early: " + stopped);
		}
		return lost == 0 && doubled == 0 && unexpected == 0 && notSubmitted == 0 && stopped.isEmpty();
	}

	/**
	 * After a synchronisation round started by the platform admin, the analyst's
	 * completeness of the province counts exactly the accepted submissions more than
	 * before the run, year by year (both analytics instances asked, through the gateway,
	 * until two answers in a row agree).
	 */
	private boolean checkNationalFigures(Map<Integer, Integer> before, Map<Integer, Integer> submitted)
			throws Exception {
		Map<Integer, Integer> expected = new TreeMap<>();
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			expected.put(year, before.getOrDefault(year, 0) + submitted.getOrDefault(year, 0));
		}
		String admin = this.platform.token("gongkai", "gongkai-cli", "admin");
		long asked = System.nanoTime();
		HttpResponse<String> round = this.platform.send("POST", this.gateways.get(0) + "/api/analytics/sync", admin,
				null);
		System.out.println("synchronisation round asked for: " + round.statusCode());
		long deadline = asked + Duration.ofSeconds(240).toNanos();
		int agreeing = 0;
		Map<Integer, Integer> now = Map.of();
		while (System.nanoTime() < deadline && agreeing < 2) {
			now = nationalSubmissions();
			agreeing = now.equals(expected) ? agreeing + 1 : 0;
			if (agreeing < 2) {
				Thread.sleep(2000);
			}
		}
		System.out.printf(
				"national figures (%s, reports per year): expected %s, read %s, %s after the round was asked for%n",
				PROVINCE, expected, now, agreeing >= 2
						? String.format("complete %.0f s", (System.nanoTime() - asked) / 1e9) : "NOT complete 240 s");
		return agreeing >= 2;
	}

	/** Reports per year of the province, as the analyst's completeness counts them. */
	private Map<Integer, Integer> nationalSubmissions() throws Exception {
		String analyst = this.platform.token("gongkai", "gongkai-cli", "analyst");
		HttpResponse<String> answer = this.platform.send("GET",
				this.gateways.get(0) + "/api/analytics/completeness?from=" + FIRST_YEAR + "&to=" + LAST_YEAR, analyst,
				null);
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("completeness answered " + answer.statusCode() + ": " + answer.body());
		}
		Map<Integer, Integer> perYear = new TreeMap<>();
		json.readTree(answer.body()).path("rows").forEach((row) -> {
			if (PROVINCE.equals(row.path("province").asString())) {
				perYear.put(row.path("year").asInt(), row.path("reported").asInt() + row.path("otherReports").asInt());
			}
		});
		return perYear;
	}

	private double seconds(long nanos) {
		return (nanos - this.startedNanos) / 1e9;
	}

	private static void sleepUntil(long nanos) throws InterruptedException {
		long left = nanos - System.nanoTime();
		if (left > 0) {
			Thread.sleep(left / 1_000_000);
		}
	}

	private static String arg(String[] args, int index, String fallback) {
		return (args.length > index) ? args[index] : fallback;
	}

	/**
	 * One failed attempt.
	 *
	 * @param atNanos when it was answered or failed
	 * @param step create, save, submit, list
	 * @param kind its status and problem type, or what broke the connection
	 * @param detail the gateway it went through
	 */
	private record Failure(long atNanos, String step, String kind, String detail) {

	}

	/** One instance killed, and when it answered its health again. */
	private static final class Kill {

		final String name;

		final int port;

		final long pid;

		final long killedAtNanos;

		volatile long healthyAfterNanos = -1;

		Kill(String name, int port, long pid, long killedAtNanos) {
			this.name = name;
			this.port = port;
			this.pid = pid;
			this.killedAtNanos = killedAtNanos;
		}

		void untilHealthy(InstanceFaultLoad load) {
			long deadline = this.killedAtNanos + Duration.ofMinutes(10).toNanos();
			while (System.nanoTime() < deadline) {
				if ("UP".equals(load.health(this.port))) {
					this.healthyAfterNanos = System.nanoTime() - this.killedAtNanos;
					System.out.printf("%.1f s: %s healthy again, %.1f s after its kill%n",
							load.seconds(System.nanoTime()), this.name, this.healthyAfterNanos / 1e9);
					return;
				}
				try {
					Thread.sleep(500);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

	}

	/** One agency's work: its report of each year, created, saved and submitted. */
	private final class AgencyRun {

		final ReportSubmissionLoad.Agency agency;

		volatile String token;

		volatile int gateway;

		/** Year → id of each report whose creation was accepted. */
		final Map<Integer, String> created = new ConcurrentHashMap<>();

		/** Years whose submission was accepted. */
		final List<Integer> submitted = new CopyOnWriteArrayList<>();

		volatile String stoppedBy;

		AgencyRun(ReportSubmissionLoad.Agency agency, int gateway) {
			this.agency = agency;
			this.token = agency.token();
			this.gateway = gateway;
		}

		void work(long deadline) throws Exception {
			if (InstanceFaultLoad.this.thinkMillis > 0) {
				Thread.sleep(ThreadLocalRandom.current().nextLong(InstanceFaultLoad.this.thinkMillis));
			}
			long giveUp = deadline + GIVE_UP_AFTER_END.toNanos();
			for (int year = FIRST_YEAR; year <= LAST_YEAR && System.nanoTime() < deadline; year++) {
				HttpResponse<String> createdAnswer = request("create", "POST", "/api/reports",
						UUID.randomUUID().toString(), null, ReportSubmissionLoad.createBody(year), giveUp);
				if (createdAnswer.statusCode() != 201) {
					failed("create", createdAnswer);
					continue;
				}
				String id = json.readTree(createdAnswer.body()).path("id").asString();
				this.created.put(year, id);
				think();
				String etag = createdAnswer.headers().firstValue("ETag").orElse("");
				HttpResponse<String> saved = save(id, etag, year, giveUp);
				if (saved.statusCode() != 200) {
					failed("save", saved);
					continue;
				}
				think();
				HttpResponse<String> submittedAnswer = request("submit", "POST", "/api/reports/" + id + "/submit",
						UUID.randomUUID().toString(), null, ReportSubmissionLoad.SUBMIT_BODY, giveUp);
				if (submittedAnswer.statusCode() != 200) {
					failed("submit", submittedAnswer);
					continue;
				}
				this.submitted.add(year);
				think();
			}
		}

		/**
		 * A save, tried again after an unanswered attempt; when the retry finds the ETag
		 * changed (412), the first attempt may have been applied: the report's current
		 * ETag is read and the same save sent with it (a save is the same whichever time
		 * it lands).
		 */
		private HttpResponse<String> save(String id, String etag, int year, long giveUp) throws Exception {
			String ifMatch = etag;
			HttpResponse<String> saved = request("save", "PUT", "/api/reports/" + id, null, ifMatch,
					ReportSubmissionLoad.saveBody(year), giveUp);
			for (int i = 0; i < 3 && saved.statusCode() == 412; i++) {
				HttpResponse<String> current = request("read", "GET", "/api/reports/" + id, null, null, null, giveUp);
				ifMatch = current.headers().firstValue("ETag").orElse("");
				InstanceFaultLoad.this.retriedSaves.computeIfAbsent("412 then resent", (k) -> new AtomicInteger())
					.incrementAndGet();
				saved = request("save", "PUT", "/api/reports/" + id, null, ifMatch, ReportSubmissionLoad.saveBody(year),
						giveUp);
			}
			return saved;
		}

		/**
		 * A request through this agency's gateway, tried again after 502, 503, 504 or a
		 * broken connection (1 s apart, the same {@code Idempotency-Key}), at the other
		 * gateway while this one refuses connections, and with a fresh token after a 401,
		 * until {@code giveUp}.
		 */
		HttpResponse<String> request(String step, String method, String path, String idempotencyKey, String ifMatch,
				String body, long giveUp) throws Exception {
			while (true) {
				String base = InstanceFaultLoad.this.gateways.get(this.gateway);
				HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
					.header("Authorization", "Bearer " + this.token)
					.header("Content-Type", "application/json")
					.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
							: HttpRequest.BodyPublishers.noBody());
				if (idempotencyKey != null) {
					request.header("Idempotency-Key", idempotencyKey);
				}
				if (ifMatch != null) {
					request.header("If-Match", ifMatch);
				}
				InstanceFaultLoad.this.requests.incrementAndGet();
				String kind;
				try {
					HttpResponse<String> answer = InstanceFaultLoad.this.platform.send(request);
					int status = answer.statusCode();
					if (status == 401) {
						this.token = InstanceFaultLoad.this.platform.token("gongkai", "gongkai-cli",
								this.agency.username());
						continue;
					}
					if (status != 502 && status != 503 && status != 504) {
						return answer;
					}
					kind = status + (isProblem(answer) ? " problem " + problemType(answer) : " not a problem");
				}
				catch (ConnectException ex) {
					kind = "gateway refused";
					this.gateway = (this.gateway + 1) % InstanceFaultLoad.this.gateways.size();
				}
				catch (HttpTimeoutException ex) {
					kind = "timed out";
				}
				catch (IOException ex) {
					kind = "connection broken (" + ex.getClass().getSimpleName() + ")";
				}
				InstanceFaultLoad.this.failures.add(new Failure(System.nanoTime(), step, kind, base));
				if (System.nanoTime() > giveUp) {
					throw new IllegalStateException(step + " given up after " + kind);
				}
				Thread.sleep(1000);
			}
		}

		private void failed(String step, HttpResponse<String> answer) {
			InstanceFaultLoad.this.failures.add(new Failure(System.nanoTime(), step,
					answer.statusCode() + (isProblem(answer) ? " problem " + problemType(answer) : " not a problem"),
					InstanceFaultLoad.this.gateways.get(this.gateway) + " " + abbreviate(answer.body())));
		}

		private void think() throws InterruptedException {
			long think = InstanceFaultLoad.this.thinkMillis;
			if (think > 0) {
				Thread.sleep(ThreadLocalRandom.current().nextLong(think / 2, think * 3 / 2 + 1));
			}
		}

	}

	private static boolean isProblem(HttpResponse<String> answer) {
		return answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
	}

	private static String problemType(HttpResponse<String> answer) {
		try {
			String type = json.readTree(answer.body()).path("type").asString();
			return type.substring(type.lastIndexOf('/') + 1);
		}
		catch (RuntimeException ex) {
			return "?";
		}
	}

	private static String abbreviate(String body) {
		return (body.length() > 200) ? body.substring(0, 200) + "…" : body;
	}

}
