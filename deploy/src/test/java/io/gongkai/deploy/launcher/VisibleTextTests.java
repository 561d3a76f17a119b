package io.gongkai.deploy.launcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VisibleTextTests {

	@Test
	void metricAndCellIdsAreForeignWords() {
		VisibleText page = new VisibleText("/nation",
				"指标来源：legacy requests.received; template t3.new_received.total，法人 legal_person.commercial");

		assertThat(page.foreignWords()).containsExactly("legacy", "requests.received", "template",
				"t3.new_received.total", "legal_person.commercial");
	}

	@Test
	void provinceCodesLoginNamesAndIdsAreForeignWords() {
		VisibleText page = new VisibleText("/coordinator",
				"报送概况（140000） 评论人 reporter-140000 太原市人社局 140000-rst 3f2a9c1e-7b1d-4c55-9a0e-2b1f0c9d8e7a");

		assertThat(page.foreignWords()).containsExactly("140000", "reporter-140000", "140000-rst",
				"3f2a9c1e-7b1d-4c55-9a0e-2b1f0c9d8e7a");
	}

	@Test
	void isoDatesAndTimestampsAreForeignWords() {
		VisibleText page = new VisibleText("/coordinator", "截止 2024-01-31，更新于 2024-02-01T08:00:00Z");

		assertThat(page.foreignWords()).containsExactly("2024-01-31", "2024-02-01T08:00:00Z");
	}

	@Test
	void chineseTextWithNumbersYearsAndTheAllowedNamesPasses() {
		VisibleText page = new VisibleText("/nation",
				"2023年5月1日 收到申请 1,234件，占 12.5%，第 3 名；下载 Excel 或 CSV，上传 Word、PDF；English");

		assertThat(page.foreignWords()).isEmpty();
	}

	@Test
	void eachForeignWordIsReportedOnce() {
		VisibleText page = new VisibleText("/agency", "s2 与 s2 与 s2");

		assertThat(page.foreignWords()).containsExactly("s2");
	}

}
