package io.gongkai.analytics.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

import io.gongkai.analytics.problem.AnalyticsProblem;
import io.gongkai.platform.download.DownloadNames;
import io.gongkai.platform.download.Spreadsheets;
import io.gongkai.platform.problem.ProblemException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How an answer leaves: JSON, or a file to download (CSV for any tool, XLSX for Excel).
 */
public enum ExportFormat {

	json, csv, xlsx;

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	public static ExportFormat of(String format) {
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
	public ResponseEntity<?> answer(Object view, Supplier<ExportTable> table) {
		if (this == json) {
			return ResponseEntity.ok(view);
		}
		ExportTable export = table.get();
		byte[] body = (this == csv) ? CsvExport.write(export)
				: Spreadsheets.xlsx(export.sheetTitle(), export.headers(), export.rows(), Cells::text);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType((this == csv) ? CSV : XLSX);
		headers.set(HttpHeaders.CONTENT_DISPOSITION,
				DownloadNames.attachment(export.fileName() + "." + name(), export.asciiFileName() + "." + name()));
		return ResponseEntity.ok().headers(headers).body(body);
	}

}
