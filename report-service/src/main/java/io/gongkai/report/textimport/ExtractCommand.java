package io.gongkai.report.textimport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Command line: {@code extract FILE...} prints one JSON object per file (JSON Lines). A
 * file that cannot be read gets {@code {"source": …, "error": "…"}} and makes the exit
 * code 1.
 */
public final class ExtractCommand {

	private ExtractCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * Extracts every file and prints the results.
	 * @param files the paths of the reports
	 * @param out where the JSON lines go
	 * @param err where usage and diagnostics go
	 * @return 0 when every file was read, 1 when at least one failed, 2 without files
	 */
	public static int run(String[] files, PrintStream out, PrintStream err) {
		if (files == null || files.length == 0) {
			err.println("usage: extract FILE... (plain text, HTML, PDF or .docx reports; one JSON line per file)");
			return 2;
		}
		TextExtractor extractor = new TextExtractor();
		boolean failed = false;
		for (String file : files) {
			Path path = Path.of(file);
			String source = (path.getFileName() != null) ? path.getFileName().toString() : file;
			try {
				long size = Files.size(path);
				if (size > DocumentReader.MAX_BYTES) {
					throw new TextImportException(TextImportException.Reason.TOO_LARGE,
							String.format(Locale.ROOT,
									"the file has %,d bytes; the limit is 10 MiB (%,d bytes) per file", size,
									DocumentReader.MAX_BYTES));
				}
				out.println(ResultJson.write(extractor.extract(source, Files.readAllBytes(path))));
			}
			catch (TextImportException ex) {
				out.println(ResultJson.writeError(source, ex.getMessage()));
				failed = true;
			}
			catch (NoSuchFileException ex) {
				out.println(ResultJson.writeError(source, "no such file: " + file));
				failed = true;
			}
			catch (IOException ex) {
				out.println(ResultJson.writeError(source, "the file cannot be read: " + ex.getMessage()));
				failed = true;
			}
		}
		out.flush();
		return failed ? 1 : 0;
	}

}
