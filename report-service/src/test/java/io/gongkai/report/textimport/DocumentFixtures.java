package io.gongkai.report.textimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Builds .docx and PDF documents from text in the test, so that no binary fixture is
 * committed. Lines holding {@code " | "} become table rows (consecutive rows one table).
 */
final class DocumentFixtures {

	private DocumentFixtures() {
	}

	static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			List<String[]> table = new ArrayList<>();
			for (String line : text.split("\n")) {
				if (line.contains("|")) {
					table.add(line.split("\\|", -1));
					continue;
				}
				flushTable(document, table);
				document.createParagraph().createRun().setText(line);
			}
			flushTable(document, table);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void flushTable(XWPFDocument document, List<String[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		int columns = rows.stream().mapToInt((r) -> r.length).max().orElse(1);
		XWPFTable table = document.createTable(rows.size(), columns);
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.getRow(r);
			for (int c = 0; c < columns; c++) {
				String value = (c < rows.get(r).length) ? rows.get(r)[c].trim() : "";
				row.getCell(c).setText(value);
			}
		}
		rows.clear();
	}

	/**
	 * A PDF whose text layer holds the given lines, written with the standard CJK font
	 * STSong-Light and the predefined UniGB-UCS2-H encoding (no font program embedded:
	 * only the text layer matters to the extractor).
	 */
	static byte[] pdf(String text) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			COSDictionary font = cjkFont();
			List<String> lines = List.of(text.split("\n"));
			int perPage = 60;
			for (int from = 0; from < lines.size(); from += perPage) {
				PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
				PDResources resources = new PDResources();
				COSDictionary fonts = new COSDictionary();
				fonts.setItem(COSName.getPDFName("F1"), font);
				resources.getCOSObject().setItem(COSName.FONT, fonts);
				page.setResources(resources);
				StringBuilder content = new StringBuilder("BT /F1 6 Tf 8 TL 20 570 Td\n");
				for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
					content.append('<')
						.append(HexFormat.of().formatHex(line.getBytes(StandardCharsets.UTF_16BE)))
						.append("> Tj T*\n");
				}
				content.append("ET\n");
				PDStream stream = new PDStream(document);
				try (OutputStream os = stream.createOutputStream()) {
					os.write(content.toString().getBytes(StandardCharsets.US_ASCII));
				}
				page.setContents(stream);
				document.addPage(page);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF of one page with no text at all, as a scanned report is. */
	static byte[] pdfWithoutText() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage(PDRectangle.A4));
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static COSDictionary cjkFont() {
		COSDictionary systemInfo = new COSDictionary();
		systemInfo.setString(COSName.REGISTRY, "Adobe");
		systemInfo.setString(COSName.ORDERING, "GB1");
		systemInfo.setInt(COSName.SUPPLEMENT, 4);
		COSDictionary descriptor = new COSDictionary();
		descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
		descriptor.setName(COSName.FONT_NAME, "STSong-Light");
		descriptor.setInt(COSName.FLAGS, 6);
		descriptor.setItem(COSName.FONT_BBOX, new PDRectangle(-25, -254, 1025, 1134).getCOSArray());
		descriptor.setInt(COSName.ITALIC_ANGLE, 0);
		descriptor.setInt(COSName.ASCENT, 880);
		descriptor.setInt(COSName.DESCENT, -120);
		descriptor.setInt(COSName.CAP_HEIGHT, 880);
		descriptor.setInt(COSName.STEM_V, 93);
		COSDictionary cidFont = new COSDictionary();
		cidFont.setItem(COSName.TYPE, COSName.FONT);
		cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
		cidFont.setName(COSName.BASE_FONT, "STSong-Light");
		cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
		cidFont.setItem(COSName.FONT_DESC, descriptor);
		cidFont.setInt(COSName.DW, 1000);
		COSDictionary font = new COSDictionary();
		font.setItem(COSName.TYPE, COSName.FONT);
		font.setItem(COSName.SUBTYPE, COSName.TYPE0);
		font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
		font.setName(COSName.ENCODING, "UniGB-UCS2-H");
		COSArray descendants = new COSArray();
		descendants.add(cidFont);
		font.setItem(COSName.DESCENDANT_FONTS, descendants);
		return font;
	}

}
