package io.gongkai.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What each gateway costs for the same request to the same backend: report-service's
 * report read by id (the first report of {@code reporter-210000}), sent through every
 * gateway given, at concurrency 1 and 16, in several short rounds that alternate the
 * gateways (the order reversed every other round), so that a shared, loaded machine
 * weighs on each alike. For each run it prints the requests, throughput, median and p99
 * and the gateway process's CPU per request: its user + system time
 * ({@code /proc/<pid>/stat}, fields 14 and 15) over the run divided by the requests
 * answered. Then the range of each over the rounds, and the load average. Bounded: at
 * most 10 rounds of at most 60 s per run; not part of any build.
 *
 * <pre>
 * java -cp benchmarks.jar io.gongkai.benchmarks.load.GatewayOverhead ROUNDS SECONDS NAME=PORT:PID[:token-unchecked]...
 * </pre>
 *
 * A fresh token is fetched from Keycloak ({@code GONGKAI_KEYCLOAK_PORT}, 8180) each round
 * (tokens live five minutes); every gateway is first warmed up for {@code 2 × SECONDS} at
 * concurrency 16. A request that is not answered 200 is counted and shown: a run with any
 * is not a measurement of the read.
 */
public final class GatewayOverhead {

	private static final int MAX_ROUNDS = 10;

	private static final int MAX_SECONDS = 60;

	/**
	 * Where the report read is looked for (the gateways are given the same backend):
	 * report-service at {@code GONGKAI_REPORT_PORT}, as {@code ./gongkai up} started it.
	 */
	private static final String REPORT_SERVICE = "http://127.0.0.1:" + port("GONGKAI_REPORT_PORT", 8082);

	private static final int[] CONCURRENCIES = { 1, 16 };

	/** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
	private static final double TICKS_PER_SECOND = 100;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final PlatformClient platform = new PlatformClient("http://127.0.0.1:" + port("GONGKAI_GATEWAY_PORT", 8080),
			"http://127.0.0.1:" + port("GONGKAI_KEYCLOAK_PORT", 8180));

	private GatewayOverhead() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 3) {
			System.err.println("GatewayOverhead ROUNDS SECONDS NAME=PORT:PID[:token-unchecked]...");
			System.exit(2);
		}
		int rounds = Math.min(MAX_ROUNDS, Integer.parseInt(args[0]));
		int seconds = Math.min(MAX_SECONDS, Integer.parseInt(args[1]));
		List<Gateway> gateways = Arrays.stream(args, 2, args.length).map(Gateway::parse).toList();
		new GatewayOverhead().measure(gateways, rounds, Duration.ofSeconds(seconds));
	}

	private void measure(List<Gateway> gateways, int rounds, Duration length) throws Exception {
		String token = this.platform.token("gongkai", "gongkai-cli", "reporter-210000");
		String path = "/api/reports/" + firstReport(token);
		System.out.printf("reading %s through %d gateways, %d rounds of %d s per run%n", path, gateways.size(), rounds,
				length.toSeconds());
		for (Gateway gateway : gateways) {
			Run warmUp = run(gateway, path, token, 16, length.multipliedBy(2));
			System.out.printf("warm-up %s: %s%n", gateway.name(), warmUp);
		}
		Map<String, List<Run>> runs = new LinkedHashMap<>();
		for (int round = 1; round <= rounds; round++) {
			token = this.platform.token("gongkai", "gongkai-cli", "reporter-210000");
			List<Gateway> order = new ArrayList<>(gateways);
			if (round % 2 == 0) {
				Collections.reverse(order);
			}
			for (int concurrency : CONCURRENCIES) {
				for (Gateway gateway : order) {
					Run run = run(gateway, path, token, concurrency, length);
					System.out.printf("round %d, c%d, %s: %s%n", round, concurrency, gateway.name(), run);
					runs.computeIfAbsent(gateway.name() + " c" + concurrency, (key) -> new ArrayList<>()).add(run);
				}
			}
		}
		System.out.println();
		System.out.println("| gateway | concurrency | CPU per request | median | p99 | throughput |");
		System.out.println("|---|---|---|---|---|---|");
		runs.forEach((key, list) -> System.out.printf("| %s | %s | %s ms | %s ms | %s ms | %s/s |%n",
				key.substring(0, key.lastIndexOf(' ')), key.substring(key.lastIndexOf(" c") + 2),
				range(list, Run::cpuMillisPerRequest, "%.2f"), range(list, Run::medianMillis, "%.2f"),
				range(list, Run::p99Millis, "%.1f"), range(list, Run::throughput, "%.0f")));
		System.out.println("load average: " + loadAverage());
	}

	private String firstReport(String token) throws Exception {
		HttpResponse<String> list = this.http
			.send(HttpRequest.newBuilder(URI.create(REPORT_SERVICE + "/api/reports?size=1"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
		if (list.statusCode() != 200) {
			throw new IllegalStateException("No reports from report-service: " + list.statusCode());
		}
		return PlatformClient.JSON.readTree(list.body()).path("items").path(0).path("id").asString();
	}

	/**
	 * {@code concurrency} callers, each sending the next request when its last is
	 * answered.
	 */
	private Run run(Gateway gateway, String path, String token, int concurrency, Duration length)
			throws InterruptedException, IOException {
		HttpRequest request = gateway.read(path, token);
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong failures = new AtomicLong();
		long cpuBefore = cpuTicks(gateway.pid());
		long start = System.nanoTime();
		long end = start + length.toNanos();
		List<Thread> callers = new ArrayList<>();
		for (int i = 0; i < concurrency; i++) {
			Thread caller = new Thread(() -> {
				while (System.nanoTime() < end) {
					long sent = System.nanoTime();
					try {
						HttpResponse<byte[]> response = this.http.send(request,
								HttpResponse.BodyHandlers.ofByteArray());
						if (response.statusCode() == 200) {
							latencies.add(System.nanoTime() - sent);
						}
						else {
							failures.incrementAndGet();
						}
					}
					catch (IOException ex) {
						failures.incrementAndGet();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			});
			caller.start();
			callers.add(caller);
		}
		for (Thread caller : callers) {
			caller.join();
		}
		double elapsedSeconds = (System.nanoTime() - start) / 1e9;
		long cpuTicks = cpuTicks(gateway.pid()) - cpuBefore;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		return new Run(sorted.size(), failures.get(), sorted.size() / elapsedSeconds, percentile(sorted, 50) / 1e6,
				percentile(sorted, 99) / 1e6,
				sorted.isEmpty() ? Double.NaN : cpuTicks * 1000 / TICKS_PER_SECOND / sorted.size(), loadAverage());
	}

	private static int port(String variable, int standard) {
		String port = System.getenv(variable);
		return (port == null || port.isBlank()) ? standard : Integer.parseInt(port.trim());
	}

	/** utime + stime of a process, in clock ticks. */
	static long cpuTicks(long pid) throws IOException {
		String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
		// the command name (field 2) is in parentheses and may hold spaces: count after
		// it
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		// fields[0] is field 3 of the line, so utime (14) and stime (15) are 11 and 12
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static double percentile(List<Long> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		return sorted.get(Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
	}

	private static String range(List<Run> runs, java.util.function.ToDoubleFunction<Run> value, String format) {
		double min = runs.stream().mapToDouble(value).min().orElse(Double.NaN);
		double max = runs.stream().mapToDouble(value).max().orElse(Double.NaN);
		String low = String.format(format, min);
		String high = String.format(format, max);
		return low.equals(high) ? low : low + "–" + high;
	}

	/**
	 * A gateway under measurement: its name in the output, its port, its process id, and
	 * whether it is sent the token where it does not check it (the route of
	 * {@code benchmarks/gateway-parts/without-token-check.yml}).
	 */
	record Gateway(String name, int port, long pid, boolean tokenUnchecked) {

		static final String UNCHECKED = "token-unchecked";

		static Gateway parse(String spec) {
			int equals = spec.indexOf('=');
			String[] parts = spec.substring(equals + 1).split(":");
			if (equals < 1 || parts.length < 2 || parts.length > 3
					|| (parts.length == 3 && !UNCHECKED.equals(parts[2]))) {
				throw new IllegalArgumentException("Not NAME=PORT:PID[:" + UNCHECKED + "]: " + spec);
			}
			return new Gateway(spec.substring(0, equals), Integer.parseInt(parts[0]), Long.parseLong(parts[1]),
					parts.length == 3);
		}

		HttpRequest read(String path, String token) {
			String prefix = this.tokenUnchecked ? "/api/public/measured" : "";
			String header = this.tokenUnchecked ? "X-Measured-Authorization" : "Authorization";
			return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + prefix + path))
				.header(header, "Bearer " + token)
				.timeout(Duration.ofSeconds(30))
				.build();
		}

	}

	/** One run's figures. */
	record Run(long requests, long failures, double throughput, double medianMillis, double p99Millis,
			double cpuMillisPerRequest, String loadAverage) {

		@Override
		public String toString() {
			return String.format(
					"%d requests (%d not 200), %.0f/s, median %.2f ms, p99 %.1f ms, CPU %.3f ms/request, load %s",
					this.requests, this.failures, this.throughput, this.medianMillis, this.p99Millis,
					this.cpuMillisPerRequest, this.loadAverage);
		}

	}

}
