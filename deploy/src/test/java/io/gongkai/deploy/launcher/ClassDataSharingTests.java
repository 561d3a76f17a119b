package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which way a service starts: with its class data archive while the archive is of the jar
 * and the JVM at hand, from its jar as built otherwise. The training runs here are
 * stand-ins (a process that succeeds or fails, the archive it would leave).
 */
class ClassDataSharingTests {

	private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

	@TempDir
	Path data;

	@Test
	void withoutAnArchiveAServiceStartsFromItsJar() throws IOException {
		Path jar = jar("report-service.jar");
		ClassDataSharing cds = new ClassDataSharing(this.data, JAVA);
		assertThat(cds.isCurrent("report-service", jar)).isFalse();
		assertThat(cds.launch("report-service", jar)).containsExactly("-jar", jar.toString());
	}

	@Test
	void aTrainedServiceStartsFromItsExtractedLayoutWithItsArchiveUntilItsJarChanges() throws Exception {
		Path jar = jar("report-service.jar");
		ClassDataSharing cds = new ClassDataSharing(this.data, JAVA);
		assertThat(cds.finish(trained(jar, true), Duration.ofSeconds(30))).isTrue();

		Path dir = this.data.resolve("cds/report-service");
		assertThat(cds.isCurrent("report-service", jar)).isTrue();
		assertThat(cds.launch("report-service", jar)).containsSubsequence(
				"-XX:SharedArchiveFile=" + dir.resolve("classes.jsa"), "-jar",
				dir.resolve("app/report-service.jar").toString());

		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
		assertThat(cds.isCurrent("report-service", jar)).as("a rebuilt jar makes it stale").isFalse();
		assertThat(cds.launch("report-service", jar)).containsExactly("-jar", jar.toString());
	}

	@Test
	void anArchiveOfAnotherJvmIsNotUsed() throws Exception {
		Path jar = jar("gateway.jar");
		assertThat(new ClassDataSharing(this.data, JAVA).finish(trained(jar, true), Duration.ofSeconds(30))).isTrue();
		ClassDataSharing elsewhere = new ClassDataSharing(this.data, Path.of("/opt/another-jdk/bin/java"));
		assertThat(elsewhere.isCurrent("gateway", jar)).isFalse();
		assertThat(elsewhere.launch("gateway", jar)).containsExactly("-jar", jar.toString());
	}

	@Test
	void aFailedTrainingRunLeavesTheServiceOnItsJarAndIsNotRepeatedForTheSameJar() throws Exception {
		Path jar = jar("tenant-service.jar");
		ClassDataSharing cds = new ClassDataSharing(this.data, JAVA);
		assertThat(cds.finish(trained(jar, false), Duration.ofSeconds(30))).isFalse();
		assertThat(cds.launch("tenant-service", jar)).containsExactly("-jar", jar.toString());
		assertThat(cds.isCurrent("tenant-service", jar)).as("not tried again at every start").isTrue();
	}

	@Test
	void aTrainingRunThatTakesTooLongIsStoppedAndTriedAgainAtTheNextStart() throws Exception {
		Path jar = jar("analytics-service.jar");
		ClassDataSharing cds = new ClassDataSharing(this.data, JAVA);
		Path dir = this.data.resolve("cds/analytics-service");
		Files.createDirectories(dir);
		Process endless = new ProcessBuilder("sleep", "60").start();
		assertThat(cds.finish(new ClassDataSharing.Training("analytics-service", jar, dir, endless),
				Duration.ofMillis(200)))
			.isFalse();
		assertThat(endless.waitFor(10, TimeUnit.SECONDS)).as("stopped").isTrue();
		assertThat(cds.isCurrent("analytics-service", jar)).as("tried again at the next start").isFalse();
	}

	private Path jar(String name) throws IOException {
		Path jar = this.data.resolve("target").resolve(name);
		Files.createDirectories(jar.getParent());
		Files.write(jar, new byte[] { 'P', 'K', 3, 4 });
		return jar;
	}

	/**
	 * What a training run leaves: the extracted jar, the archive it wrote at its exit,
	 * and its exit code.
	 */
	private ClassDataSharing.Training trained(Path jar, boolean succeeds) throws IOException {
		String service = jar.getFileName().toString().replace(".jar", "");
		Path dir = this.data.resolve("cds").resolve(service);
		Files.createDirectories(dir.resolve("app"));
		Files.copy(jar, dir.resolve("app").resolve(jar.getFileName()));
		Files.write(dir.resolve("classes.jsa.new"), new byte[] { 1 });
		Process process = new ProcessBuilder(JAVA.toString(), succeeds ? "-version" : "-XX:+NoSuchOption").start();
		return new ClassDataSharing.Training(service, jar, dir, process);
	}

}
