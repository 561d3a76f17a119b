package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Class Data Sharing for the services: each service runs from Spring Boot's extracted
 * layout ({@code java -Djarmode=tools -jar <service>.jar extract}) with a dynamic archive
 * of the classes its start loads, made by a training run that stops once the application
 * context is refreshed ({@code -XX:ArchiveClassesAtExit},
 * {@code -Dspring.context.exit=onRefresh}). The JVM then maps those classes instead of
 * loading, verifying and linking them again.
 * <p>
 * All of it lives under {@code <data>/cds/<service>/}, with a stamp of the jar it came
 * from and the JVM that made it. A newer jar or another JVM makes it stale: it is made
 * again on the next start. An archive the JVM finds unusable all the same is ignored by
 * the JVM ({@code -Xshare:auto}), and a service whose training run fails starts from its
 * jar as before.
 */
final class ClassDataSharing {

	private static final String ARCHIVE = "classes.jsa";

	private static final String STAMP = "stamp";

	private final Path root;

	private final Path java;

	ClassDataSharing(Path dataDir, Path java) {
		this.root = dataDir.resolve("cds");
		this.java = java;
	}

	/**
	 * How to start a service: with its archive when it is made and current, from its jar
	 * otherwise.
	 * @param service the service
	 * @param jar its jar as built
	 * @return the JVM options and the jar to run
	 */
	List<String> launch(String service, Path jar) {
		Optional<Path> extracted = current(service, jar).flatMap((dir) -> extractedJar(dir, jar));
		Path archive = this.root.resolve(service).resolve(ARCHIVE);
		if (extracted.isPresent() && Files.isRegularFile(archive)) {
			return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
					"-jar", extracted.get().toString());
		}
		return List.of("-jar", jar.toString());
	}

	/**
	 * Whether the service was trained with this jar and this JVM: it has its archive, or
	 * its training run failed and is not tried again until the jar or the JVM changes.
	 */
	boolean isCurrent(String service, Path jar) {
		return current(service, jar).isPresent();
	}

	/**
	 * Makes what a service lacks: extracts its jar and starts its training run. The run
	 * needs what the service's start needs (the store); the archive is kept only when it
	 * ends well.
	 * @param service the service
	 * @param jar its jar as built
	 * @param jvmOptions the options the service runs with (heap)
	 * @param environment the service's environment
	 * @param log where the runs write
	 * @return the training run, to wait for with {@link #finish}
	 */
	Training train(String service, Path jar, List<String> jvmOptions, Map<String, String> environment, Path log) {
		Path dir = this.root.resolve(service);
		try {
			deleteRecursively(dir);
			Files.createDirectories(dir);
			Path extract = dir.resolve("app");
			run(List.of(this.java.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
					extract.toString()), dir, Map.of(), log, Duration.ofMinutes(2));
			Path extracted = extractedJar(dir, jar)
				.orElseThrow(() -> new IOException("no " + jar.getFileName() + " after extracting it"));
			List<String> command = new ArrayList<>();
			command.add(this.java.toString());
			command.addAll(jvmOptions);
			command.add("-XX:ArchiveClassesAtExit=" + dir.resolve(ARCHIVE + ".new"));
			command.add("-Dspring.context.exit=onRefresh");
			command.add("-jar");
			command.add(extracted.toString());
			ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().putAll(environment);
			return new Training(service, jar, dir, builder.start());
		}
		catch (IOException ex) {
			return new Training(service, jar, dir, null);
		}
	}

	/**
	 * Waits for a training run and keeps its archive when it ended well. A run that ended
	 * badly is not tried again for the same jar and JVM; one that took longer than
	 * {@code timeout} (a machine busy with something else) is stopped and tried again at
	 * the next start.
	 * @return whether the service now has its archive
	 */
	boolean finish(Training training, Duration timeout) {
		Path made = training.dir().resolve(ARCHIVE + ".new");
		try {
			if (training.process() != null && !ended(training.process(), timeout)) {
				return false;
			}
			boolean madeWell = training.process() != null && training.process().exitValue() == 0
					&& Files.isRegularFile(made);
			if (madeWell) {
				Files.move(made, training.dir().resolve(ARCHIVE), StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
			}
			Files.writeString(training.dir().resolve(STAMP), stamp(training.jar()), StandardCharsets.UTF_8);
			return madeWell;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean ended(Process process, Duration timeout) throws InterruptedException {
		if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			return true;
		}
		process.destroyForcibly();
		return false;
	}

	private Optional<Path> current(String service, Path jar) {
		Path dir = this.root.resolve(service);
		try {
			Path stamp = dir.resolve(STAMP);
			if (Files.isRegularFile(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).equals(stamp(jar))) {
				return Optional.of(dir);
			}
		}
		catch (IOException ex) {
			// unreadable: stale
		}
		return Optional.empty();
	}

	private static Optional<Path> extractedJar(Path dir, Path jar) {
		Path extracted = dir.resolve("app").resolve(jar.getFileName());
		return Files.isRegularFile(extracted) ? Optional.of(extracted) : Optional.empty();
	}

	/**
	 * The jar (size and time of last change) and the JVM (its exact version) a stamp is
	 * of.
	 */
	private String stamp(Path jar) throws IOException {
		return "jar " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + "\njvm "
				+ System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version") + " " + this.java
				+ "\n";
	}

	private static void run(List<String> command, Path dir, Map<String, String> environment, Path log, Duration timeout)
			throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		Process process = builder.start();
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IOException("timed out: " + String.join(" ", command));
			}
			if (process.exitValue() != 0) {
				throw new IOException("failed (" + process.exitValue() + "): " + String.join(" ", command));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/** A service's training run under way; no process when it could not start. */
	record Training(String service, Path jar, Path dir, Process process) {

	}

}
