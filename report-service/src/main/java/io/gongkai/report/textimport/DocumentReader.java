package io.gongkai.report.textimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Turns the bytes of an uploaded report into text: plain text in any of the usual
 * encodings, HTML, PDF with a text layer and .docx. Tables become one line per row, cells
 * joined by {@code " | "}. Whatever cannot be read ends in a {@link TextImportException}
 * that says why.
 */
final class DocumentReader {

	/** The largest file accepted. */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	private final EncodingDetector encodings = new EncodingDetector();

	private final HtmlText html = new HtmlText();

	/**
	 * The text of a document.
	 *
	 * @param text the text
	 * @param kind what the file was
	 * @param invalidSequences byte sequences that could not be decoded (replaced by
	 * U+FFFD)
	 */
	record DocumentText(String text, DocumentKind kind, int invalidSequences) {
	}

	DocumentText read(byte[] bytes) throws TextImportException {
		if (bytes == null || bytes.length == 0) {
			throw new TextImportException(TextImportException.Reason.EMPTY, "the file is empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new TextImportException(TextImportException.Reason.TOO_LARGE, String.format(Locale.ROOT,
					"the file has %,d bytes; the limit is 10 MiB (%,d bytes) per file", bytes.length, MAX_BYTES));
		}
		DocumentKind kind = DocumentKind.sniff(bytes);
		DocumentText text = switch (kind) {
			case PDF -> new DocumentText(pdf(bytes), kind, 0);
			case DOCX -> new DocumentText(docx(bytes), kind, 0);
			case HTML -> {
				EncodingDetector.DecodedText decoded = this.encodings.decode(bytes);
				yield new DocumentText(this.html.toText(decoded.text()), kind, decoded.invalidSequences());
			}
			case TEXT -> {
				EncodingDetector.DecodedText decoded = this.encodings.decode(bytes);
				yield new DocumentText(decoded.text(), kind, decoded.invalidSequences());
			}
			case ZIP -> throw new TextImportException(TextImportException.Reason.UNSUPPORTED_FORMAT,
					"the file is a ZIP archive but not a .docx document; upload the report itself");
			case OLE -> throw new TextImportException(TextImportException.Reason.UNSUPPORTED_FORMAT,
					"the file is a legacy Office document (.doc/.xls); save it as .docx or PDF and upload again");
			default -> throw new TextImportException(TextImportException.Reason.IMAGE, "the file is an image ("
					+ kind.name().toLowerCase(Locale.ROOT)
					+ "); a scanned report needs OCR, which is not offered yet: upload the text, HTML, PDF or .docx");
		};
		if (text.text().isBlank()) {
			throw new TextImportException(TextImportException.Reason.EMPTY, "the file contains no text");
		}
		if ((kind == DocumentKind.TEXT || kind == DocumentKind.HTML) && !looksLikeText(text)) {
			throw new TextImportException(TextImportException.Reason.UNREADABLE,
					"the file holds no readable text (binary data, random bytes or a file of zeros); "
							+ "upload the report as text, HTML, PDF or .docx");
		}
		return text;
	}

	private static String pdf(byte[] bytes) throws TextImportException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(document);
			if (countVisible(text) < 20) {
				throw new TextImportException(TextImportException.Reason.NO_TEXT_LAYER,
						"the PDF has no text layer; a scanned report needs OCR, which is not offered yet");
			}
			return text;
		}
		catch (InvalidPasswordException ex) {
			throw new TextImportException(TextImportException.Reason.UNREADABLE,
					"the PDF is password-protected; upload an unprotected copy", ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new TextImportException(TextImportException.Reason.UNREADABLE,
					"the PDF cannot be read (damaged or not a PDF): " + ex.getMessage(), ex);
		}
	}

	private static String docx(byte[] bytes) throws TextImportException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			StringBuilder out = new StringBuilder();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					out.append(paragraph.getText()).append('\n');
				}
				else if (element instanceof XWPFTable table) {
					appendTable(table, out);
				}
			}
			return out.toString();
		}
		catch (IOException | RuntimeException ex) {
			throw new TextImportException(TextImportException.Reason.UNREADABLE,
					"the .docx document cannot be read (damaged or not a Word document): " + ex.getMessage(), ex);
		}
	}

	private static void appendTable(XWPFTable table, StringBuilder out) {
		for (XWPFTableRow row : table.getRows()) {
			boolean first = true;
			for (XWPFTableCell cell : row.getTableCells()) {
				if (!first) {
					out.append(" | ");
				}
				out.append(cell.getText().replace('\n', ' ').trim());
				first = false;
			}
			out.append('\n');
		}
	}

	/**
	 * Whether decoded bytes are text at all: few bytes that no encoding could read, few
	 * control characters (C1 controls excepted: a wrongly decoded page is full of them
	 * and is repaired later), and, where there are Chinese characters, mostly common ones
	 * (random bytes decode to rare characters).
	 */
	private static boolean looksLikeText(DocumentText document) {
		String text = document.text();
		int length = text.length();
		int broken = document.invalidSequences();
		int han = 0;
		int commonHan = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD'
					|| Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.PRIVATE_USE) {
				broken++;
			}
			else if (CommonHanzi.isHan(c)) {
				han++;
				commonHan += CommonHanzi.isCommon(c) ? 1 : 0;
			}
		}
		if (broken * 10 > length) {
			return false;
		}
		return han < 50 || commonHan * 2 >= han;
	}

	private static int countVisible(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				count++;
			}
		}
		return count;
	}

}
