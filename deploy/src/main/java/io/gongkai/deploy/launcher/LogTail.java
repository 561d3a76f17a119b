package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The last lines of a log file, to show next to a failure.
 */
final class LogTail {

	private LogTail() {
	}

	static String lastLines(Path log, int count) {
		if (!Files.isRegularFile(log)) {
			return "    (" + log + " does not exist)";
		}
		Deque<String> lines = new ArrayDeque<>(count);
		try (Stream<String> all = Files.lines(log, StandardCharsets.UTF_8)) {
			all.forEach((line) -> {
				if (lines.size() == count) {
					lines.removeFirst();
				}
				lines.addLast(line);
			});
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return "    (could not read " + log + ": " + ex.getMessage() + ")";
		}
		return lines.stream().map((line) -> "    | " + line).collect(Collectors.joining("\n"));
	}

}
