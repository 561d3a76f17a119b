package io.gongkai.tenant.agency.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.gongkai.platform.download.DownloadNames;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.tenant.problem.TenantProblem;
import io.gongkai.tenant.province.Province;
import io.gongkai.tenant.province.ProvinceAccess;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Agency files of one province: import (a dry run unless {@code dryRun=false}) and
 * export, in CSV or XLSX.
 */
@RestController
@RequestMapping("/api/tenants/{provinceCode}/agencies")
@EnableConfigurationProperties(ImportLimits.class)
class AgencyFileController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final AgencyImport importer;

	private final AgencyExport exporter;

	private final ProvinceAccess access;

	private final ImportLimits limits;

	AgencyFileController(AgencyImport importer, AgencyExport exporter, ProvinceAccess access, ImportLimits limits) {
		this.importer = importer;
		this.exporter = exporter;
		this.access = access;
		this.limits = limits;
	}

	/**
	 * Imports a CSV or XLSX file sent as the {@code file} part of a form. By default a
	 * dry run: the result of every row, nothing written.
	 */
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportReport importForm(Caller caller, @PathVariable String provinceCode, @RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean keepValidRows) throws IOException {
		this.access.manageable(caller, provinceCode);
		if (file.getSize() > this.limits.maxFileSize().toBytes()) {
			throw ImportProblems.tooLarge(this.limits);
		}
		try (InputStream in = file.getInputStream()) {
			return run(provinceCode, read(in), dryRun, keepValidRows);
		}
	}

	/**
	 * Imports a CSV or XLSX file sent as the request body, for scripts
	 * ({@code curl --data-binary @agencies.csv -H 'Content-Type: text/csv'}).
	 */
	@PostMapping(path = "/import", consumes = { "text/csv", "text/plain",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream" })
	ImportReport importBody(Caller caller, @PathVariable String provinceCode, HttpServletRequest request,
			@RequestParam(defaultValue = "true") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean keepValidRows) throws IOException {
		this.access.manageable(caller, provinceCode);
		if (request.getContentLengthLong() > this.limits.maxFileSize().toBytes()) {
			throw ImportProblems.tooLarge(this.limits);
		}
		try (InputStream in = request.getInputStream()) {
			return run(provinceCode, read(in), dryRun, keepValidRows);
		}
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(Caller caller, @PathVariable String provinceCode,
			@RequestParam(defaultValue = "csv") String format) {
		Province province = this.access.readable(caller, provinceCode);
		boolean xlsx = "xlsx".equalsIgnoreCase(format);
		if (!xlsx && !"csv".equalsIgnoreCase(format)) {
			throw new ProblemException(TenantProblem.EXPORT_FORMAT, format).with("field", "format");
		}
		byte[] body = xlsx ? this.exporter.xlsx(provinceCode) : this.exporter.csv(provinceCode);
		String extension = xlsx ? ".xlsx" : ".csv";
		return ResponseEntity.ok()
			.contentType(xlsx ? XLSX : CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					DownloadNames.attachment(province.name() + "机关名录" + extension,
							"agencies-" + provinceCode + extension))
			.body(body);
	}

	private ImportReport run(String provinceCode, byte[] bytes, boolean dryRun, boolean keepValidRows) {
		return this.importer.run(provinceCode, table(bytes), dryRun, keepValidRows);
	}

	private Table table(byte[] bytes) {
		if (bytes.length == 0) {
			throw new ProblemException(TenantProblem.EMPTY_FILE);
		}
		if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
			return new XlsxTableReader(this.limits).read(bytes);
		}
		if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw new ProblemException(TenantProblem.XLS_WORKBOOK);
		}
		return new CsvTableReader(this.limits).read(bytes);
	}

	/**
	 * The whole upload, refused as soon as it passes the size limit.
	 */
	private byte[] read(InputStream in) throws IOException {
		long max = this.limits.maxFileSize().toBytes();
		byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		if (bytes.length > max) {
			throw ImportProblems.tooLarge(this.limits);
		}
		return bytes;
	}

	private static boolean startsWith(byte[] bytes, int... magic) {
		if (bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((bytes[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
