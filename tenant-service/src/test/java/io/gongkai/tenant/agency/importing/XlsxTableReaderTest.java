package io.gongkai.tenant.agency.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import io.gongkai.platform.problem.ProblemException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class XlsxTableReaderTest {

	final XlsxTableReader reader = new XlsxTableReader(new ImportLimits(DataSize.ofMegabytes(10), 3));

	@Test
	void numericRegionCodesAndYearsAreReadAsTheirDigits() throws IOException {
		Table table = this.reader.read(workbook(2));
		assertThat(table.header()).containsExactly("名称", "区划代码", "成立年份");
		assertThat(table.rows()).extracting(Table.Row::cells)
			.containsExactly(List.of("某镇人民政府0", "370211001000", "2019"), List.of("某镇人民政府1", "370211001001", "2019"));
		assertThat(table.rows()).extracting(Table.Row::number).containsExactly(2, 3);
	}

	@Test
	void moreRowsThanTheLimitAreRefusedWithTheLimitInTheMessage() {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.reader.read(workbook(4)))
			.withMessageContaining("超过 3 行");
	}

	@Test
	void aFileThatIsNoWorkbookIsRefusedAsMalformed() {
		byte[] zipOfNothing = { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8 };
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.reader.read(zipOfNothing))
			.satisfies((problem) -> assertThat(problem.getBody().getType().toString()).endsWith("/malformed-xlsx"));
	}

	static byte[] workbook(int rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("名称");
			header.createCell(1).setCellValue("区划代码");
			header.createCell(2).setCellValue("成立年份");
			for (int i = 0; i < rows; i++) {
				Row row = sheet.createRow(i + 1);
				row.createCell(0).setCellValue("某镇人民政府" + i);
				row.createCell(1).setCellValue(370211001000d + i);
				row.createCell(2).setCellValue(2019);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
