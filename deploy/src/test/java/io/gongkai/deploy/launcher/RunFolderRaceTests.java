package io.gongkai.deploy.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code restart}, {@code status} and {@code down} list {@code <data>/run} and then read
 * each PID file; a restart of another instance running at the same time may remove or
 * rewrite one of them in between (the fault test restarts four instances one after the
 * other while the previous restart still runs).
 */
class RunFolderRaceTests {

	/** No process has this PID: a recorded process that is no longer there. */
	private static final long GONE = 999_999_999L;

	@TempDir
	Path data;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private Process sleeper;

	@AfterEach
	void stopSleeper() {
		if (this.sleeper != null) {
			this.sleeper.destroyForcibly();
		}
	}

	@Test
	void aPidFileRemovedAfterTheListingIsOneProcessFewer() throws IOException {
		recorded("report-service-2", GONE);
		recorded("tenant-service-2", GONE);
		PidFiles pidFiles = new PidFiles(run(), removed("tenant-service-2"));
		assertThat(pidFiles.read()).extracting(PidFiles.RecordedProcess::name).containsExactly("report-service-2");
	}

	@Test
	void aPidFileCaughtHalfRewrittenIsOneProcessFewer() throws IOException {
		recorded("report-service-2", GONE);
		recorded("tenant-service-2", GONE);
		// a rewrite truncates the file before it writes the new PID
		PidFiles pidFiles = new PidFiles(run(), (listed) -> write(run().resolve("tenant-service-2.pid"), ""));
		assertThat(pidFiles.read()).extracting(PidFiles.RecordedProcess::name).containsExactly("report-service-2");
	}

	@Test
	void aPidFileRewrittenAfterTheListingIsReadWithItsNewProcess() throws IOException {
		recorded("tenant-service-2", GONE);
		long now = ProcessHandle.current().pid();
		PidFiles pidFiles = new PidFiles(run(), (listed) -> {
			new PidFiles(run()).remove("tenant-service-2");
			new PidFiles(run()).write("tenant-service-2", ProcessHandle.current());
		});
		assertThat(pidFiles.read()).singleElement().satisfies((process) -> {
			assertThat(process.pid()).isEqualTo(now);
			assertThat(process.live()).isPresent();
		});
	}

	@Test
	void aRestartWhileAnotherRestartRemovesItsPidFileStillKnowsThePlatformsInstances() throws IOException {
		recorded("report-service-2", GONE);
		recorded("tenant-service-2", GONE);
		LauncherSettings settings = LauncherSettings.fromEnvironment(Map.of("GONGKAI_DATA_DIR", this.data.toString()),
				this.data);
		PidFiles pidFiles = new PidFiles(run(), removed("tenant-service-2"));
		// an instance the platform does not have: refused before anything is started,
		// naming the instances the PID files say the platform has
		assertThatThrownBy(() -> GongkaiLauncher.restart(new String[] { "restart", "report-service-3" }, settings,
				pidFiles, console()))
			.isInstanceOf(LauncherException.class)
			.hasMessageContaining("no instance report-service-3")
			.hasMessageContaining("report-service-2")
			.hasMessageContaining("analytics-service-2");
	}

	@Test
	void statusWhileARestartRemovesAPidFileShowsTheOthers() throws IOException {
		recorded("report-service-2", GONE);
		recorded("tenant-service-2", GONE);
		LauncherSettings settings = LauncherSettings.fromEnvironment(Map.of("GONGKAI_DATA_DIR", this.data.toString()),
				this.data);
		int exit = new StatusReport(new PidFiles(run(), removed("tenant-service-2")), settings, console()).run();
		assertThat(exit).isEqualTo(1);
		assertThat(said()).contains("report-service-2").contains("STOPPED").doesNotContain("tenant-service-2");
	}

	@Test
	void downWhileARestartRemovesAPidFileStillStopsTheProcessesItFinds() throws IOException, InterruptedException {
		this.sleeper = new ProcessBuilder("sleep", "120").start();
		new PidFiles(run()).write("report-service-2", this.sleeper.toHandle());
		recorded("tenant-service-2", GONE);
		int exit = new ShutDown(new PidFiles(run(), removed("tenant-service-2")), console()).run();
		assertThat(exit).isZero();
		assertThat(this.sleeper.waitFor(10, TimeUnit.SECONDS)).as("report-service-2 stopped").isTrue();
		assertThat(said()).contains("Stopping report-service-2").contains("Gongkai is stopped.");
		assertThat(new PidFiles(run()).read()).isEmpty();
	}

	private Consumer<List<Path>> removed(String name) {
		return (listed) -> {
			assertThat(listed).as("the file is listed before it goes").contains(run().resolve(name + ".pid"));
			new PidFiles(run()).remove(name);
		};
	}

	private void recorded(String name, long pid) throws IOException {
		Files.createDirectories(run());
		Files.writeString(run().resolve(name + ".pid"), pid + "\n");
	}

	private Path run() {
		return this.data.resolve("run");
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Console console() {
		return new Console(new PrintStream(this.out, true, StandardCharsets.UTF_8));
	}

	private String said() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

}
