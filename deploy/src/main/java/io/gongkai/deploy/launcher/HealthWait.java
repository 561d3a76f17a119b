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

/**
 * Waits until a started process answers, failing early when it exits and with its last
 * log lines when it takes too long.
 */
final class HealthWait {

	private static final Duration POLL = Duration.ofMillis(500);

	private final HttpClient http;

	private final Duration timeout;

	HealthWait(HttpClient http, Duration timeout) {
		this.http = http;
		this.timeout = timeout;
	}

	/**
	 * Waits for {@code GET url} to answer 200.
	 * @param name the process, for messages
	 * @param process the process
	 * @param url the health URL
	 * @param log its log file
	 */
	void untilHttpOk(String name, ProcessHandle process, URI url, Path log) {
		waitFor(name, process, log, "GET " + url + " to answer 200", () -> httpOk(url));
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
			try {
				Thread.sleep(POLL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new LauncherException("Interrupted while waiting for " + name, ex);
			}
		}
	}

	private boolean httpOk(URI url) {
		HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
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

}
