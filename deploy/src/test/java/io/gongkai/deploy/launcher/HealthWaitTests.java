package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Waiting for the processes of a start together: each is told of as soon as it answers,
 * whichever order they come up in, with its time and CPU to ready; one that dies is named
 * with its log.
 */
class HealthWaitTests {

	@TempDir
	Path dir;

	private HttpServer server;

	private final AtomicInteger slowAsked = new AtomicInteger();

	@BeforeEach
	void serve() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/quick", (exchange) -> {
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.server.createContext("/slow", (exchange) -> {
			exchange.sendResponseHeaders((this.slowAsked.incrementAndGet() < 3) ? 503 : 200, -1);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void eachProcessIsToldOfWhenItIsReadyWithItsTimeAndCpu() throws IOException {
		Path log = Files.writeString(this.dir.resolve("x.log"), "");
		List<HealthWait.Ready> ready = new ArrayList<>();
		wait(Duration.ofSeconds(30)).untilAllHttpOk(List.of(awaited("slow", log), awaited("quick", log)), ready::add);

		assertThat(ready).extracting(HealthWait.Ready::name)
			.as("the quick one first, although asked for second")
			.containsExactly("quick", "slow");
		assertThat(this.slowAsked).hasValue(3);
		assertThat(ready).allSatisfy((one) -> {
			assertThat(one.took()).isPositive();
			assertThat(one.cpu()).as("this JVM has used CPU since it started").isPositive();
		});
	}

	@Test
	void aProcessThatExitsIsNamedWithTheEndOfItsLog() throws Exception {
		Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-version")
			.start();
		gone.waitFor();
		Path log = Files.writeString(this.dir.resolve("tenant-service.log"), "APPLICATION FAILED TO START\n");
		List<HealthWait.Awaited> awaited = List.of(awaited("quick", log),
				new HealthWait.Awaited("tenant-service", gone.toHandle(), URI.create(base() + "/nothing-here"), log));

		assertThatThrownBy(() -> wait(Duration.ofSeconds(30)).untilAllHttpOk(awaited, (one) -> {
		})).isInstanceOf(LauncherException.class)
			.hasMessageContaining("tenant-service exited before it was ready")
			.hasMessageContaining("APPLICATION FAILED TO START");
	}

	@Test
	void aProcessNeverReadyFailsTheWaitAtTheTimeOut() throws IOException {
		Path log = Files.writeString(this.dir.resolve("report-service.log"), "still starting\n");
		List<HealthWait.Awaited> awaited = List
			.of(new HealthWait.Awaited("report-service", ProcessHandle.current(), URI.create(base() + "/none"), log));

		assertThatThrownBy(() -> wait(Duration.ofSeconds(1)).untilAllHttpOk(awaited, (one) -> {
		})).isInstanceOf(LauncherException.class)
			.hasMessageContaining("report-service did not become ready within 1 s")
			.hasMessageContaining("still starting");
	}

	@Test
	void aProcessFoundReadyBringsTheNextToWaitForAStartInTurns() throws IOException {
		Path log = Files.writeString(this.dir.resolve("x.log"), "");
		List<String> ready = new ArrayList<>();
		wait(Duration.ofSeconds(30)).untilEachHttpOk(List.of(awaited("quick", log)), (one) -> {
			ready.add(one.name());
			return one.name().equals("quick") ? List.of(awaited("slow", log)) : List.of();
		});

		assertThat(ready).containsExactly("quick", "slow");
		assertThat(this.slowAsked).as("the next one asked only once given, until it answered").hasValue(3);
	}

	private HealthWait wait(Duration timeout) {
		return new HealthWait(HttpClient.newHttpClient(), timeout);
	}

	private HealthWait.Awaited awaited(String path, Path log) {
		return new HealthWait.Awaited(path, ProcessHandle.current(), URI.create(base() + "/" + path), log);
	}

	private String base() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

}
