package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Waits until a started process answers, failing early when it exits and with its last
 * log lines when it takes too long.
 */
final class HealthWait {

	private static final Duration POLL = Duration.ofMillis(250);

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

	private final HttpClient http;

	private final Duration timeout;

	HealthWait(HttpClient http, Duration timeout) {
		this.http = http;
		this.timeout = timeout;
	}

	/**
	 * Waits for a TCP port on 127.0.0.1 to accept connections.
	 * @param name the process, for messages
	 * @param process the process
	 * @param port the port
	 * @param log its log file
	 */
	void untilListening(String name, ProcessHandle process, int port, Path log) {
		waitFor(name, process, log, "127.0.0.1:" + port + " to accept connections", () -> listening(port));
	}

	/**
	 * Waits for every one of several processes to answer 200 on its health URL, asking
	 * each in turn, and tells of each as soon as it is ready, with how long it took from
	 * the start of its process and how much CPU time it used until then (its own and its
	 * child processes'): the figure that does not depend on what else the machine runs.
	 * @param awaited the processes
	 * @param onReady told of each process once it is ready, in the order they become so
	 * @throws LauncherException when one exits or the time-out passes first
	 */
	void untilAllHttpOk(List<Awaited> awaited, Consumer<Ready> onReady) {
		untilEachHttpOk(awaited, (ready) -> {
			onReady.accept(ready);
			return List.of();
		});
	}

	/**
	 * As {@link #untilAllHttpOk}, where each process found ready may bring others to wait
	 * for (started then): a start in turns. Each process gets the time-out from when it
	 * is given.
	 * @param awaited the processes to wait for first
	 * @param onReady told of each process once it is ready; answers the processes to wait
	 * for next (none to end with those given)
	 * @throws LauncherException when one exits or its time-out passes first
	 */
	void untilEachHttpOk(List<Awaited> awaited, Function<Ready, List<Awaited>> onReady) {
		Map<Awaited, Instant> waiting = new LinkedHashMap<>();
		awaited.forEach((one) -> waiting.put(one, Instant.now().plus(this.timeout)));
		while (!waiting.isEmpty()) {
			for (Awaited one : List.copyOf(waiting.keySet())) {
				if (httpOk(one.url())) {
					waiting.remove(one);
					onReady.apply(Ready.of(one)).forEach((next) -> waiting.put(next, Instant.now().plus(this.timeout)));
				}
				else if (!one.process().isAlive()) {
					throw new LauncherException(one.name() + " exited before it was ready. Its log, " + one.log()
							+ ", ends with:\n" + LogTail.lastLines(one.log(), 25));
				}
				else if (Instant.now().isAfter(waiting.get(one))) {
					throw new LauncherException(one.name() + " did not become ready within " + this.timeout.toSeconds()
							+ " s (waited for GET " + one.url() + " to answer 200). Its log, " + one.log()
							+ ", ends with:\n" + LogTail.lastLines(one.log(), 25));
				}
			}
			if (!waiting.isEmpty()) {
				pause(waiting.keySet().iterator().next().name());
			}
		}
	}

	private void waitFor(String name, ProcessHandle process, Path log, String what, Probe probe) {
		Instant deadline = Instant.now().plus(this.timeout);
		while (true) {
			if (probe.succeeds()) {
				return;
			}
			if (!process.isAlive()) {
				throw new LauncherException(name + " exited before it was ready. Its log, " + log + ", ends with:\n"
						+ LogTail.lastLines(log, 25));
			}
			if (Instant.now().isAfter(deadline)) {
				throw new LauncherException(
						name + " did not become ready within " + this.timeout.toSeconds() + " s (waited for " + what
								+ "). Its log, " + log + ", ends with:\n" + LogTail.lastLines(log, 25));
			}
			pause(name);
		}
	}

	private static void pause(String name) {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LauncherException("Interrupted while waiting for " + name, ex);
		}
	}

	private boolean httpOk(URI url) {
		HttpRequest request = HttpRequest.newBuilder(url).timeout(PROBE_TIMEOUT).GET().build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	@FunctionalInterface
	private interface Probe {

		boolean succeeds();

	}

	/**
	 * A process to wait for.
	 *
	 * @param name its name, for messages
	 * @param process the process (for Keycloak, its start script, with the JVM as child)
	 * @param url its health URL
	 * @param log its log file
	 */
	record Awaited(String name, ProcessHandle process, URI url, Path log) {

	}

	/**
	 * A process found ready.
	 *
	 * @param name its name
	 * @param took from the start of its process until it was found ready
	 * @param cpu the CPU time (user and system) it and its child processes had used by
	 * then
	 */
	record Ready(String name, Duration took, Duration cpu) {

		static Ready of(Awaited awaited) {
			Instant now = Instant.now();
			Instant started = awaited.process().info().startInstant().orElse(now);
			return new Ready(awaited.name(), Duration.between(started, now), cpuOf(awaited.process()));
		}

		private static Duration cpuOf(ProcessHandle process) {
			Duration cpu = process.info().totalCpuDuration().orElse(Duration.ZERO);
			return process.descendants()
				.map((child) -> child.info().totalCpuDuration().orElse(Duration.ZERO))
				.reduce(cpu, Duration::plus);
		}

	}

}
