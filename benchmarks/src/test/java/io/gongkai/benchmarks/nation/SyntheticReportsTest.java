package io.gongkai.benchmarks.nation;

import java.util.ArrayList;
import java.util.List;

import io.gongkai.report.template.ReportTemplate;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SyntheticReportsTest {

	private static final ReportTemplate TEMPLATE = ReportTemplate.national();

	@Test
	void theSameSeedGivesTheSameReports() {
		assertThat(documents(20261122L)).isEqualTo(documents(20261122L));
	}

	@Test
	void anotherSeedGivesOtherReports() {
		assertThat(documents(1L)).isNotEqualTo(documents(2L));
	}

	@Test
	void yearsAreGeneratedInOrder() {
		SyntheticReports reports = new SyntheticReports("440000", SyntheticRegistry.of("440000", "广东省", 40, 1L), 1L,
				2021, TEMPLATE);
		reports.ofYear(2019);
		assertThatIllegalArgumentException().isThrownBy(() -> reports.ofYear(2021));
	}

	@Test
	void provincialDepartmentsReceiveHundredsOfRequestsAndCountyDepartmentsTens() {
		List<SyntheticRegistry.Agency> registry = SyntheticRegistry.of("440000", "广东省", 1300, 7L);
		SyntheticReports reports = new SyntheticReports("440000", registry, 7L, 2012, TEMPLATE);
		List<Long> province = new ArrayList<>();
		List<Long> county = new ArrayList<>();
		for (SyntheticReport report : reports.ofYear(2012).reports()) {
			SyntheticReport.Metric received = report.latest().content().metrics().get("requests.received");
			if (received == null || !"department".equals(report.agency().kind())) {
				continue;
			}
			("province".equals(report.agency().level()) ? province : county).add(received.value());
		}
		assertThat(median(province)).isBetween(60L, 800L);
		assertThat(median(county)).isBetween(3L, 40L);
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

	private static List<Document> documents(long seed) {
		SyntheticReports reports = new SyntheticReports("440000", SyntheticRegistry.of("440000", "广东省", 60, seed), seed,
				2021, TEMPLATE);
		List<Document> documents = new ArrayList<>();
		for (int year = 2017; year <= 2021; year++) {
			reports.ofYear(year).reports().forEach((report) -> documents.add(ReportDocumentFormat.of(report)));
		}
		return documents;
	}

}
