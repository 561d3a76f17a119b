package io.gongkai.benchmarks.load;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.gongkai.benchmarks.nation.AgencyDocumentFormat;
import io.gongkai.benchmarks.nation.ReportDocumentFormat;
import io.gongkai.benchmarks.nation.TenantProvinces;
import io.gongkai.benchmarks.nation.TenantProvinces.Province;
import tools.jackson.databind.JsonNode;

/**
 * The national analytics benchmark, run after {@code NationGenerator}: how long
 * analytics-service takes to bring every province's reports into its read model, how fast
 * it then compares one figure across provinces, and how much memory it holds.
 * <ol>
 * <li>Counts what the store holds (reports per province, the agencies) as the
 * target.</li>
 * <li>As {@code admin}, starts a synchronisation round ({@code POST /api/analytics/sync})
 * and polls {@code GET /api/analytics/sync} every 5 s until every province's report count
 * equals the target, starting a new round whenever none runs; prints progress and the
 * elapsed time.</li>
 * <li>As {@code analyst}, runs province × year comparisons of {@code requests.received}
 * ({@code GET /api/analytics/comparison?figure=requests.received&year=Y&by=province}),
 * years rotating, one after the other, after a short warm-up; prints p50, p95, p99 and
 * max.</li>
 * <li>Prints analytics-service's resident memory (VmRSS, and the peak VmHWM, of the pid
 * in {@code <data>/run/analytics-service.pid}).</li>
 * </ol>
 * Arguments: queries (500), data folder (./data), first year (2012), last year (2021),
 * MongoDB URI (mongodb://127.0.0.1:27018), gateway, Keycloak, longest wait for the
 * synchronisation in minutes (60).
 */
public final class NationalSyncLoad {

	private static final String FIGURE = "requests.received";

	private static final long POLL_MILLIS = 5_000;

	private static final long TOKEN_MILLIS = 60_000;

	private NationalSyncLoad() {
	}

	public static void main(String[] args) throws Exception {
		int queries = Integer.parseInt(arg(args, 0, "500"));
		Path data = Path.of(arg(args, 1, "data"));
		int firstYear = Integer.parseInt(arg(args, 2, "2012"));
		int lastYear = Integer.parseInt(arg(args, 3, "2021"));
		String mongo = arg(args, 4, "mongodb://127.0.0.1:27018");
		PlatformClient platform = new PlatformClient(arg(args, 5, "http://127.0.0.1:8080"),
				arg(args, 6, "http://127.0.0.1:8180"));
		long maxWaitMillis = Long.parseLong(arg(args, 7, "60")) * 60_000;
		Map<String, Long> expected = expectedReports(mongo);
		long expectedTotal = expected.values().stream().mapToLong(Long::longValue).sum();
		Tokens admin = new Tokens(platform, "admin");
		long started = System.nanoTime();
		boolean synced = synchronise(platform, admin, expected, expectedTotal, maxWaitMillis);
		double syncSeconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("synchronisation: %s after %.0f s (polled every %d s)%n",
				synced ? "every province complete" : "NOT complete", syncSeconds, POLL_MILLIS / 1000);
		printLastRound(platform, admin);
		compare(platform, new Tokens(platform, "analyst"), queries, firstYear, lastYear);
		printMemory(data);
	}

	/** What the store holds: the target of the synchronisation. */
	private static Map<String, Long> expectedReports(String mongo) {
		Map<String, Long> expected = new LinkedHashMap<>();
		try (MongoClient client = MongoClients.create(mongo)) {
			long agencies = 0;
			for (Province province : TenantProvinces.all()) {
				MongoDatabase database = client.getDatabase(ReportDocumentFormat.database(province.code()));
				expected.put(province.code(),
						database.getCollection(ReportDocumentFormat.COLLECTION).estimatedDocumentCount());
				agencies += client.getDatabase(AgencyDocumentFormat.DATABASE)
					.getCollection(AgencyDocumentFormat.COLLECTION)
					.countDocuments(Filters.eq("provinceCode", province.code()));
			}
			System.out.printf("the store holds %,d reports and %,d agencies in %d provinces%n",
					expected.values().stream().mapToLong(Long::longValue).sum(), agencies, expected.size());
		}
		return expected;
	}

	private static boolean synchronise(PlatformClient platform, Tokens admin, Map<String, Long> expected,
			long expectedTotal, long maxWaitMillis) throws Exception {
		String sync = platform.gateway() + "/api/analytics/sync";
		long started = System.nanoTime();
		startRound(platform, admin, sync);
		Map<String, Long> previous = Map.of();
		while (true) {
			Thread.sleep(POLL_MILLIS);
			HttpResponse<String> answer = platform.send("GET", sync, admin.get(), null);
			if (answer.statusCode() != 200) {
				System.out.printf("GET /api/analytics/sync: HTTP %d %s%n", answer.statusCode(),
						abbreviated(answer.body()));
				continue;
			}
			JsonNode status = PlatformClient.JSON.readTree(answer.body());
			Map<String, Long> held = new LinkedHashMap<>();
			List<String> failing = new ArrayList<>();
			for (JsonNode cursor : status.path("provinces")) {
				held.put(cursor.path("provinceCode").asString(), cursor.path("reports").asLong());
				if ("failing".equals(cursor.path("state").asString(""))) {
					failing.add(cursor.path("provinceCode").asString() + " (" + cursor.path("lastError").asString("")
							+ ")");
				}
			}
			long total = expected.keySet().stream().mapToLong((code) -> held.getOrDefault(code, 0L)).sum();
			long complete = expected.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().equals(held.get(entry.getKey())))
				.count();
			JsonNode running = status.path("running");
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf(
					"%4.0f s: %,d of %,d reports in the read model (%,.0f/s), %d of %d provinces complete, %s%s%n",
					seconds, total, expectedTotal, total / seconds, complete, expected.size(),
					running.isObject() ? "round running (" + running.path("provincesDone").asInt() + " of "
							+ running.path("provinces").size() + " provinces done)" : "no round running",
					failing.isEmpty() ? "" : "; failing: " + String.join(", ", failing));
			if (complete == expected.size() && held.equals(previous)) {
				return true;
			}
			previous = held;
			if ((System.nanoTime() - started) / 1_000_000 > maxWaitMillis) {
				return false;
			}
			if (!running.isObject() && complete < expected.size()) {
				startRound(platform, admin, sync);
			}
		}
	}

	private static void startRound(PlatformClient platform, Tokens admin, String sync) throws Exception {
		HttpResponse<String> answer = platform.send("POST", sync, admin.get(), null);
		JsonNode started = (answer.statusCode() == 202) ? PlatformClient.JSON.readTree(answer.body()) : null;
		System.out.printf("POST /api/analytics/sync: HTTP %d%s%n", answer.statusCode(),
				(started != null)
						? (started.path("startedNow").asBoolean() ? ", round started" : ", a round was already running")
						: " " + abbreviated(answer.body()));
	}

	private static void printLastRound(PlatformClient platform, Tokens admin) throws Exception {
		HttpResponse<String> answer = platform.send("GET", platform.gateway() + "/api/analytics/sync", admin.get(),
				null);
		JsonNode round = PlatformClient.JSON.readTree(answer.body()).path("lastRound");
		if (round.isObject()) {
			System.out.printf(
					"last round (%s): %.1f s, %d provinces, %d completed, %d failing, %,d reports applied, "
							+ "%,d agencies changed%n",
					round.path("trigger").asString(""), round.path("durationMillis").asLong() / 1000.0,
					round.path("provinces").asInt(), round.path("completed").asInt(), round.path("failing").asInt(),
					round.path("reportsApplied").asLong(), round.path("agenciesChanged").asLong());
		}
	}

	private static void compare(PlatformClient platform, Tokens analyst, int queries, int firstYear, int lastYear)
			throws Exception {
		int years = lastYear - firstYear + 1;
		int warmUp = Math.min(20, Math.max(1, queries / 10));
		List<Long> micros = new ArrayList<>(queries);
		int errors = 0;
		JsonNode sample = null;
		for (int i = -warmUp; i < queries; i++) {
			int year = firstYear + Math.floorMod(i, years);
			String uri = platform.gateway() + "/api/analytics/comparison?figure=" + FIGURE + "&year=" + year
					+ "&by=province";
			long started = System.nanoTime();
			HttpResponse<String> answer = platform.send("GET", uri, analyst.get(), null);
			long took = (System.nanoTime() - started) / 1000;
			if (i < 0) {
				continue;
			}
			micros.add(took);
			if (answer.statusCode() != 200) {
				errors++;
				if (errors <= 3) {
					System.out.printf("comparison %d: HTTP %d %s%n", year, answer.statusCode(),
							abbreviated(answer.body()));
				}
			}
			else if (sample == null) {
				sample = PlatformClient.JSON.readTree(answer.body());
			}
		}
		Collections.sort(micros);
		System.out.printf("comparison of %s by province, years %d–%d: %d queries after %d to warm up, %d errors%n",
				FIGURE, firstYear, lastYear, queries, warmUp, errors);
		System.out.printf("latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", percentile(micros, 50),
				percentile(micros, 95), percentile(micros, 99), percentile(micros, 100));
		if (sample != null) {
			System.out.printf("a comparison of %d: %d rows, national value %s from %s reports%n",
					sample.path("year").asInt(), sample.path("rows").size(),
					sample.path("national").path("value").asString("?"),
					sample.path("national").path("reports").asString("?"));
		}
	}

	private static void printMemory(Path data) throws Exception {
		Path pidFile = data.resolve("run").resolve("analytics-service.pid");
		if (!Files.exists(pidFile)) {
			System.out.println("no " + pidFile + ": give the data folder of ./gongkai up as the second argument");
			return;
		}
		String pid = Files.readAllLines(pidFile).get(0).strip();
		Path status = Path.of("/proc", pid, "status");
		if (!Files.exists(status)) {
			System.out.println("analytics-service (pid " + pid + ") is not running");
			return;
		}
		Map<String, Long> kilobytes = new LinkedHashMap<>();
		for (String line : Files.readAllLines(status)) {
			if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
				kilobytes.put(line.substring(0, 5), Long.parseLong(line.split("\\s+")[1]));
			}
		}
		System.out.printf("analytics-service (pid %s): resident memory %.0f MB, peak %.0f MB%n", pid,
				kilobytes.getOrDefault("VmRSS", 0L) / 1024.0, kilobytes.getOrDefault("VmHWM", 0L) / 1024.0);
	}

	private static double percentile(List<Long> sortedMicros, int percentile) {
		if (sortedMicros.isEmpty()) {
			return Double.NaN;
		}
		int index = Math.max(0, (int) Math.ceil(percentile / 100.0 * sortedMicros.size()) - 1);
		return sortedMicros.get(index) / 1000.0;
	}

	private static String abbreviated(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

	private static String arg(String[] args, int index, String fallback) {
		return (args.length > index) ? args[index] : fallback;
	}

	/**
	 * A user's access token, fetched again every minute (they live five).
	 */
	private static final class Tokens {

		private final PlatformClient platform;

		private final String username;

		private String token;

		private long fetchedAt;

		Tokens(PlatformClient platform, String username) {
			this.platform = platform;
			this.username = username;
		}

		String get() throws Exception {
			if (this.token == null || System.nanoTime() - this.fetchedAt > TOKEN_MILLIS * 1_000_000) {
				this.token = this.platform.token("gongkai", "gongkai-cli", this.username);
				this.fetchedAt = System.nanoTime();
			}
			return this.token;
		}

	}

}
