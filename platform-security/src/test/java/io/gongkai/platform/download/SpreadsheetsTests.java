package io.gongkai.platform.download;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetsTests {

	@Test
	void aWorkbookHasBoldChineseHeadersNumbersAsNumbersAndBlanksLeftEmpty() throws Exception {
		byte[] file = Spreadsheets.xlsx("各省比较", List.of("省份", "本年新收申请数（件）", "是否按时"),
				List.of(Arrays.asList("甘肃省", 1234, true), Arrays.asList("辽宁省", null, false)),
				(value) -> (value instanceof Boolean yes) ? (yes ? "是" : "否") : value.toString());

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheet("各省比较");
			Row header = sheet.getRow(0);
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("本年新收申请数（件）");
			assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			Row gansu = sheet.getRow(1);
			assertThat(gansu.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(gansu.getCell(1).getNumericCellValue()).isEqualTo(1234);
			assertThat(gansu.getCell(2).getStringCellValue()).isEqualTo("是");
			assertThat(sheet.getRow(2).getCell(1)).as("a figure not stated is blank, never zero").isNull();
		}
	}

	@Test
	void aSheetTitleExcelWouldRefuseIsMadeSafe() throws Exception {
		byte[] file = Spreadsheets.xlsx("2023年/2024年[比较]", List.of("省份"), List.of(), Object::toString);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			assertThat(workbook.getSheetName(0)).doesNotContain("/", "[", "]").startsWith("2023年");
		}
	}

}
