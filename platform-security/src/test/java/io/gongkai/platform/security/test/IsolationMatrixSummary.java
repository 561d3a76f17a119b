package io.gongkai.platform.security.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary an isolation matrix writes after its run: its counts, then one row per case
 * (endpoint, caller, target, expected and actual status, what leaked), as Markdown under
 * the module's {@code target/} ({@code docs/isolation.md} shows how to read it).
 */
public final class IsolationMatrixSummary {

	private final String title;

	private final Map<String, Object> counts = new LinkedHashMap<>();

	private IsolationMatrixSummary(String title) {
		this.title = title;
	}

	public static IsolationMatrixSummary titled(String title) {
		return new IsolationMatrixSummary(title);
	}

	/** A line {@code name: value} above the table, in the order given. */
	public IsolationMatrixSummary count(String name, Object value) {
		this.counts.put(name, value);
		return this;
	}

	/**
	 * Writes the summary to {@code target/<fileName>}.
	 * @param fileName the file's name
	 * @param cases every case of the run, in order
	 * @throws IOException if the file cannot be written
	 */
	public void write(String fileName, List<Case> cases) throws IOException {
		StringBuilder summary = new StringBuilder("# ").append(this.title).append("\n\n");
		this.counts.forEach((name, value) -> summary.append(name).append(": ").append(value).append('\n'));
		summary.append("\n| endpoint | caller | target | expected | actual | leaks |\n|---|---|---|---|---|---|\n");
		for (Case row : cases) {
			summary.append("| ")
				.append(row.endpoint())
				.append(" | ")
				.append(row.caller())
				.append(" | ")
				.append(row.target())
				.append(" | ")
				.append(row.expected())
				.append(" | ")
				.append(row.actual())
				.append(" | ")
				.append(String.join("; ", row.leaks()))
				.append(" |\n");
		}
		Path target = Path.of("target", fileName);
		Files.createDirectories(target.getParent());
		Files.writeString(target, summary.toString(), StandardCharsets.UTF_8);
	}

	/** One case of the matrix: who asked what of which province, and what came back. */
	public record Case(String endpoint, String caller, String target, int expected, int actual, List<String> leaks) {

	}

}
