package io.gongkai.tenant.agency.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.gongkai.tenant.agency.Agency;
import io.gongkai.tenant.agency.AgencyStore;

import org.springframework.stereotype.Component;

/**
 * Writes a province's agencies in the import's own columns, with Chinese headers and
 * values, so that an exported file imports again unchanged.
 */
@Component
class AgencyExport {

	/** Values a spreadsheet would run as formulas are written behind an apostrophe. */
	static final String FORMULA_STARTS = "=+-@";

	private final AgencyStore store;

	AgencyExport(AgencyStore store) {
		this.store = store;
	}

	byte[] csv(String provinceCode) {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(out, AgencyColumn.headers());
		rows(provinceCode).forEach((row) -> line(out, row));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] xlsx(String provinceCode) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("机关名录");
			write(sheet.createRow(0), AgencyColumn.headers());
			int number = 1;
			for (List<String> row : rows(provinceCode)) {
				write(sheet.createRow(number++), row);
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private static void write(Row row, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(values.get(i));
		}
	}

	private List<List<String>> rows(String provinceCode) {
		List<Agency> agencies = this.store.all(provinceCode);
		Map<String, String> names = new HashMap<>();
		agencies.forEach((agency) -> names.put(agency.id(), agency.name()));
		List<List<String>> rows = new ArrayList<>(agencies.size());
		for (Agency agency : agencies) {
			List<String> row = new ArrayList<>();
			for (AgencyColumn column : AgencyColumn.values()) {
				row.add(value(agency, column, names));
			}
			rows.add(row);
		}
		return rows;
	}

	private static String value(Agency agency, AgencyColumn column, Map<String, String> names) {
		return switch (column) {
			case ID -> agency.id();
			case NAME -> agency.name();
			case ALIASES -> String.join("；", agency.aliases());
			case LEVEL -> Vocabulary.chinese(agency.level());
			case KIND -> Vocabulary.chinese(agency.kind());
			case REGION_CODE -> agency.regionCode();
			case PARENT_ID -> text(agency.parentId());
			case PARENT_NAME -> (agency.parentId() != null) ? names.getOrDefault(agency.parentId(), "") : "";
			case SCOPE -> Vocabulary.chineseScope(agency.scope());
			case CREATED_YEAR -> text(agency.createdYear());
			case ABOLISHED_YEAR -> text(agency.abolishedYear());
			case MERGED_INTO -> text(agency.mergedInto());
		};
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	private static void line(StringBuilder out, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String value = values.get(i);
			if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
				value = "'" + value;
			}
			if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
					|| value.indexOf('\r') >= 0 || !value.equals(value.strip())) {
				out.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
			else {
				out.append(value);
			}
		}
		out.append("\r\n");
	}

}
