package io.gongkai.analytics.figures.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

import io.gongkai.analytics.figures.export.CsvExport;
import io.gongkai.analytics.figures.export.ExportTable;
import io.gongkai.analytics.figures.export.XlsxExport;
import io.gongkai.analytics.problem.AnalyticsProblem;
import io.gongkai.platform.problem.ProblemException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How an answer leaves: JSON, or a file to download (CSV for any tool, XLSX for Excel).
 */
enum ExportFormat {

	json, csv, xlsx;

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	static ExportFormat of(String format) {
		if (format == null || format.isBlank()) {
			return json;
		}
		try {
			return valueOf(format.strip().toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ProblemException(AnalyticsProblem.INVALID_FORMAT, format);
		}
	}

	/**
	 * The answer in this format: the view itself as JSON, or its table as an attachment.
	 */
	ResponseEntity<?> answer(Object view, Supplier<ExportTable> table) {
		if (this == json) {
			return ResponseEntity.ok(view);
		}
		ExportTable export = table.get();
		byte[] body = (this == csv) ? CsvExport.write(export) : XlsxExport.write(export);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType((this == csv) ? CSV : XLSX);
		headers.set(HttpHeaders.CONTENT_DISPOSITION,
				attachment(export.fileName() + "." + name(), export.asciiFileName() + "." + name()));
		return ResponseEntity.ok().headers(headers).body(body);
	}

	/**
	 * A {@code Content-Disposition} for a download (RFC 6266): the name in UTF-8 as RFC
	 * 5987 writes it, which browsers save the file under, and an ASCII name for clients
	 * that cannot read it.
	 */
	static String attachment(String fileName, String asciiFileName) {
		StringBuilder encoded = new StringBuilder();
		for (byte octet : fileName.getBytes(StandardCharsets.UTF_8)) {
			char character = (char) (octet & 0xFF);
			if (isAttrChar(character)) {
				encoded.append(character);
			}
			else {
				encoded.append('%').append(HEX[(octet >> 4) & 0xF]).append(HEX[octet & 0xF]);
			}
		}
		String fallback = asciiFileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
		return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
	}

	/** The characters RFC 5987 leaves as they are in an extended value. */
	private static boolean isAttrChar(char character) {
		return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z')
				|| (character >= '0' && character <= '9') || "!#$&+-.^_`|~".indexOf(character) >= 0;
	}

}
