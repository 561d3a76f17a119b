package io.gongkai.tenant.agency.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.tenant.problem.TenantProblem;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook as a stream of rows, so that a large sheet
 * never sits in memory as a whole. Numbers are read as written (region codes stay digits,
 * never 3.70211E+11).
 */
final class XlsxTableReader {

	private final ImportLimits limits;

	XlsxTableReader(ImportLimits limits) {
		this.limits = limits;
	}

	Table read(byte[] bytes) {
		List<Table.Row> rows = new ArrayList<>();
		try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			XSSFReader reader = new XSSFReader(workbook);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new ProblemException(TenantProblem.NO_SHEET);
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(
						new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(workbook),
								new RowCollector(rows), new DigitsAsWritten(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (TooManyRows exception) {
			throw ImportProblems.tooManyRows(this.limits);
		}
		catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | SAXException
				| ParserConfigurationException | IllegalArgumentException | IllegalStateException
				| RecordFormatException exception) {
			throw new ProblemException(TenantProblem.UNREADABLE_XLSX);
		}
		if (rows.isEmpty()) {
			throw new ProblemException(TenantProblem.EMPTY_SHEET);
		}
		return new Table("xlsx", rows.get(0).cells(), rows.subList(1, rows.size()));
	}

	/**
	 * Collects non-empty rows with their cells in column order.
	 */
	private final class RowCollector implements SheetContentsHandler {

		private final List<Table.Row> rows;

		private List<String> cells;

		RowCollector(List<Table.Row> rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			if (this.cells.stream().allMatch(String::isBlank)) {
				return;
			}
			if (this.rows.size() > XlsxTableReader.this.limits.maxRows()) {
				throw new TooManyRows();
			}
			this.rows.add(new Table.Row(rowNum + 1, List.copyOf(this.cells), null));
		}

		@Override
		public void cell(String reference, String formattedValue, org.apache.poi.xssf.usermodel.XSSFComment comment) {
			if (this.cells == null) {
				// no spreadsheet writes a cell outside a row: refused as unreadable
				throw new IllegalStateException("A cell outside a row");
			}
			int column = (reference != null) ? new CellReference(reference).getCol() : this.cells.size();
			while (this.cells.size() < column) {
				this.cells.add("");
			}
			if (this.cells.size() == column) {
				this.cells.add((formattedValue != null) ? formattedValue : "");
			}
		}

	}

	/**
	 * Formats numbers in the General format without exponent or grouping: 370211001000
	 * stays 370211001000.
	 */
	private static final class DigitsAsWritten extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if ((formatString == null || "General".equalsIgnoreCase(formatString) || "0".equals(formatString))
					&& value == Math.rint(value) && Math.abs(value) < 1e15) {
				return new BigDecimal(value).toBigInteger().toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString);
		}

	}

	private static final class TooManyRows extends RuntimeException {

		TooManyRows() {
			super(null, null, false, false);
		}

	}

}
