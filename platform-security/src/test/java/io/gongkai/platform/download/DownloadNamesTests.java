package io.gongkai.platform.download;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadNamesTests {

	@Test
	void aDownloadIsNamedInChineseForBrowsersWithAnAsciiNameForOlderClients() {
		String header = DownloadNames.attachment("2023年各省本年新收政府信息公开申请数比较.xlsx",
				"comparison-requests.received-2023-province.xlsx");

		assertThat(header).isEqualTo("attachment; filename=\"comparison-requests.received-2023-province.xlsx\"; "
				+ "filename*=UTF-8''2023%E5%B9%B4%E5%90%84%E7%9C%81%E6%9C%AC%E5%B9%B4%E6%96%B0%E6%94%B6"
				+ "%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80%E7%94%B3%E8%AF%B7%E6%95%B0"
				+ "%E6%AF%94%E8%BE%83.xlsx");
	}

	@Test
	void spacesBracketsAndQuotesAreEncodedNotLeftToBreakTheHeader() {
		String header = DownloadNames.attachment("山西省 2023年（汇总）\"A\".csv", "a\"b\\c.csv");

		assertThat(header)
			.endsWith("filename*=UTF-8''%E5%B1%B1%E8%A5%BF%E7%9C%81%202023%E5%B9%B4"
					+ "%EF%BC%88%E6%B1%87%E6%80%BB%EF%BC%89%22A%22.csv")
			.contains("filename=\"a_b_c.csv\"");
	}

}
