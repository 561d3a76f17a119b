package io.gongkai.report.importing.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.importing.ImportSettings;
import io.gongkai.report.problem.ReportProblem;

import org.springframework.core.io.InputStreamSource;

/**
 * Turns a batch upload (several files, zips among them) into its files, guarding against
 * zip bombs and hostile paths: every byte is counted as it is decompressed (the sizes a
 * zip declares are never trusted), and the batch is refused as soon as it passes the file
 * count or the total size. Entries with absolute paths or {@code ..} are refused; nothing
 * is ever written to disk.
 */
final class BatchUploads {

	/**
	 * One uploaded file as the web edge received it.
	 *
	 * @param name its name as sent, or {@code null}
	 * @param contentType its declared content type, or {@code null}
	 * @param content its bytes
	 */
	record Upload(String name, String contentType, InputStreamSource content) {
	}

	/** The extractor's limit for one file. */
	static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

	private final int maxFiles;

	private final long maxTotalBytes;

	private final List<BatchFile> files = new ArrayList<>();

	private long totalBytes;

	private BatchUploads(ImportSettings.Batch limits) {
		this.maxFiles = limits.maxFiles();
		this.maxTotalBytes = limits.maxTotalSize().toBytes();
	}

	static List<BatchFile> unpack(List<Upload> uploads, ImportSettings.Batch limits) {
		BatchUploads unpacked = new BatchUploads(limits);
		for (Upload upload : uploads) {
			unpacked.add(upload);
		}
		if (unpacked.files.isEmpty()) {
			throw new ProblemException(ReportProblem.EMPTY_BATCH);
		}
		return List.copyOf(unpacked.files);
	}

	private void add(Upload upload) {
		String name = (upload.name() != null && !upload.name().isBlank()) ? upload.name()
				: "upload-" + (this.files.size() + 1);
		try {
			if (isZip(name, upload.contentType())) {
				try (InputStream in = upload.content().getInputStream()) {
					addZip(name, in);
				}
			}
			else {
				byte[] bytes;
				try (InputStream in = upload.content().getInputStream()) {
					bytes = in.readAllBytes();
				}
				count(bytes.length);
				addFile(BatchFile.of(name, bytes));
			}
		}
		catch (IOException ex) {
			throw new ProblemException(ReportProblem.UNREADABLE_ARCHIVE, name);
		}
	}

	private void addZip(String archive, InputStream in) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(in)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String path = entry.getName().replace('\\', '/');
				if (entry.isDirectory() || isIgnored(path)) {
					continue;
				}
				if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.equals("..") || path.startsWith("../")
						|| path.contains("/../") || path.endsWith("/..")) {
					throw new ProblemException(ReportProblem.UNSAFE_ARCHIVE, path, archive).with("entry", path);
				}
				addFile(entry(path, zip));
			}
		}
		catch (ZipException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	/** Reads one entry, counting every byte; keeps at most the per-file limit. */
	private BatchFile entry(String path, InputStream zip) throws IOException {
		ByteArrayOutputStream kept = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		int read;
		while ((read = zip.read(buffer)) > 0) {
			size += read;
			count(read);
			if (size <= MAX_FILE_BYTES) {
				kept.write(buffer, 0, read);
			}
		}
		if (size > MAX_FILE_BYTES) {
			return BatchFile.refused(path, size,
					String.format(Locale.ROOT,
							"the file has %,d bytes uncompressed; the limit is 10 MiB (%,d bytes) per file", size,
							MAX_FILE_BYTES));
		}
		return BatchFile.of(path, kept.toByteArray());
	}

	private void addFile(BatchFile file) {
		if (this.files.size() == this.maxFiles) {
			throw tooLarge(true);
		}
		this.files.add(file);
	}

	private void count(long bytes) {
		this.totalBytes += bytes;
		if (this.totalBytes > this.maxTotalBytes) {
			throw tooLarge(false);
		}
	}

	private ProblemException tooLarge(boolean tooManyFiles) {
		return new ProblemException(tooManyFiles ? ReportProblem.TOO_MANY_FILES : ReportProblem.BATCH_TOO_LARGE,
				this.maxFiles, String.format(Locale.ROOT, "%,d", this.maxTotalBytes))
			.with("maxFiles", this.maxFiles)
			.with("maxTotalBytes", this.maxTotalBytes)
			.with("maxFileBytes", MAX_FILE_BYTES);
	}

	private static boolean isZip(String name, String contentType) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".zip") || "application/zip".equals(contentType)
				|| "application/x-zip-compressed".equals(contentType);
	}

	private static boolean isIgnored(String path) {
		String base = path.substring(path.lastIndexOf('/') + 1);
		return path.startsWith("__MACOSX/") || base.startsWith(".") || base.isEmpty();
	}

}
