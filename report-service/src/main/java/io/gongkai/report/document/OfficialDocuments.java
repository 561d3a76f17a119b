package io.gongkai.report.document;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.gongkai.platform.download.DownloadNames;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.report.Report;
import io.gongkai.report.report.ReportVersion;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * A report version as its official document, for whoever serves it: the agency's and
 * coordinator's own reports, and the published reports the public reads.
 */
public final class OfficialDocuments {

	/** The Word (.docx) media type. */
	public static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	/** HTML in UTF-8. */
	public static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private OfficialDocuments() {
	}

	/**
	 * The document as an HTML page or a Word file.
	 * @param notice printed under the title, or {@code null} for the draft notice a
	 * version not yet accepted carries (none for an accepted or published one)
	 */
	public static byte[] render(Report report, ReportVersion version, boolean word, String notice) {
		PrintedDocument document = PrintedDocuments.of(report, version);
		if (notice != null) {
			document = new PrintedDocument(document.title(), document.agencyName(), document.publishedOn(), notice,
					document.blocks());
		}
		return word ? WordRendering.render(document) : HtmlRendering.render(document).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Where a span of the report's original text (a figure's sentence) is printed in the
	 * HTML document: per paragraph it touches, the paragraph's {@code data-paragraph} and
	 * the offsets in its text. Empty when the document does not print the original text.
	 */
	public static List<PrintedSpan> printedSpans(Report report, ReportVersion version, int start, int end) {
		return PrintedDocuments.spans(report, version.content(), start, end);
	}

	/**
	 * The {@code data-cell} of a legacy report's catalogue figure in its printed table.
	 */
	public static String legacyFigureCell(String metricId) {
		return LegacyFigures.CELL_PREFIX + metricId;
	}

	/**
	 * Whether Word is asked for: {@code format} ({@code html} or {@code docx}) when
	 * given, otherwise {@code Accept} (HTML when absent).
	 * @throws ProblemException 400 {@code invalid-document-format} for another
	 * {@code format}, 406 {@code document-not-acceptable} for an {@code Accept} that
	 * takes neither
	 */
	public static boolean wantsWord(Optional<String> format, String accept) {
		if (format.isPresent()) {
			return switch (format.get()) {
				case "docx" -> true;
				case "html" -> false;
				default -> throw new ProblemException(ReportProblem.INVALID_DOCUMENT_FORMAT, format.get()).with("field",
						"format");
			};
		}
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			throw notAcceptable();
		}
		List<MediaType> byQuality = accepted.stream()
			.sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
			.toList();
		for (MediaType type : byQuality) {
			if (type.getQualityValue() <= 0) {
				continue;
			}
			if (type.isCompatibleWith(MediaType.TEXT_HTML)) {
				return false;
			}
			if (type.isCompatibleWith(DOCX)) {
				return true;
			}
		}
		throw notAcceptable();
	}

	/**
	 * The Word file's {@code Content-Disposition}: an ASCII name for old clients, and the
	 * Chinese title for the others (RFC 6266).
	 */
	public static String attachment(Report report, ReportVersion version) {
		String ascii = "report-" + report.year() + "-v" + version.number() + ".docx";
		return DownloadNames.attachment(PrintedDocuments.of(report, version).title() + ".docx", ascii);
	}

	private static ProblemException notAcceptable() {
		return new ProblemException(ReportProblem.DOCUMENT_NOT_ACCEPTABLE, DOCX);
	}

}
