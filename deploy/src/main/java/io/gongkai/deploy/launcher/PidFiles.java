package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One file per started process under {@code <data>/run}: {@code <name>.pid} holding the
 * PID and the process's start time, so that {@code down} never stops a process that
 * merely reuses a PID.
 */
final class PidFiles {

	private final Path folder;

	private final Consumer<List<Path>> listed;

	PidFiles(Path folder) {
		this(folder, (files) -> {
		});
	}

	/**
	 * PID files that let the caller act between the listing of the folder and the reading
	 * of its files, as another {@code ./gongkai restart} or {@code down} running at the
	 * same time may remove or rewrite a file then.
	 * @param folder the run folder
	 * @param listed told of the files listed, before any of them is read
	 */
	PidFiles(Path folder, Consumer<List<Path>> listed) {
		this.folder = folder;
		this.listed = listed;
	}

	void write(String name, ProcessHandle process) {
		String started = process.info().startInstant().map(Instant::toString).orElse("");
		try {
			Files.createDirectories(this.folder);
			Files.writeString(file(name), process.pid() + "\n" + started + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every recorded process, whether it still runs or not, in the order they were
	 * started.
	 * @return the recorded processes
	 */
	List<RecordedProcess> read() {
		if (!Files.isDirectory(this.folder)) {
			return List.of();
		}
		List<RecordedProcess> recorded = new ArrayList<>();
		try {
			List<Path> files = list();
			this.listed.accept(files);
			for (Path file : files) {
				parse(file).ifPresent(recorded::add);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		recorded.sort(Comparator.comparing(RecordedProcess::started, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(RecordedProcess::pid));
		return recorded;
	}

	private List<Path> list() throws IOException {
		try (Stream<Path> files = Files.list(this.folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".pid")).toList();
		}
	}

	void remove(String name) {
		try {
			Files.deleteIfExists(file(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path file(String name) {
		return this.folder.resolve(name + ".pid");
	}

	private static Optional<RecordedProcess> parse(Path file) throws IOException {
		String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException gone) {
			// removed since the folder was listed: a restart of another instance, or
			// down, running at the same time
			return Optional.empty();
		}
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			long pid = Long.parseLong(lines.get(0).trim());
			Instant started = (lines.size() > 1 && !lines.get(1).isBlank()) ? Instant.parse(lines.get(1).trim()) : null;
			return Optional.of(new RecordedProcess(name, pid, started));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A process the launcher started.
	 *
	 * @param name its name ({@code keycloak}, {@code gateway}, ...)
	 * @param pid its PID
	 * @param started when it started, {@code null} if the system did not say
	 */
	record RecordedProcess(String name, long pid, Instant started) {

		/**
		 * The live process, if the PID still belongs to the process we started.
		 * @return the handle, or empty when it is gone or the PID was reused
		 */
		Optional<ProcessHandle> live() {
			return ProcessHandle.of(this.pid).filter(ProcessHandle::isAlive).filter((handle) -> {
				if (this.started == null) {
					return true;
				}
				return handle.info().startInstant().map(this.started::equals).orElse(true);
			});
		}

	}

}
