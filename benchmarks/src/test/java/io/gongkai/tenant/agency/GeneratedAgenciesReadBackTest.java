package io.gongkai.tenant.agency;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.gongkai.benchmarks.nation.AgencyDocumentFormat;
import io.gongkai.report.report.ReportFeedNumbers;
import io.gongkai.benchmarks.nation.GenerationTotals;
import io.gongkai.benchmarks.nation.NationWriter;
import io.gongkai.benchmarks.nation.SyntheticRegistry;
import io.gongkai.benchmarks.nation.SyntheticReports;
import io.gongkai.benchmarks.nation.TenantProvinces;
import io.gongkai.benchmarks.nation.TenantProvinces.Province;
import io.gongkai.platform.mongo.test.EmbeddedMongo;
import io.gongkai.report.template.ReportTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry the nation generator writes is the one tenant-service reads: its own
 * {@link AgencyStore} (indexes included) lists, finds and filters the agencies by year,
 * as {@code GET /api/tenants/{code}/agencies} does.
 */
class GeneratedAgenciesReadBackTest {

	private static final String PROVINCE = "330000";

	private static final long SEED = 20261122L;

	@Test
	void tenantServiceReadsTheGeneratedRegistry() {
		try (EmbeddedMongo store = EmbeddedMongo.inMemory(); MongoClient client = MongoClients.create(store.uri())) {
			AgencyStore agencies = new AgencyStore(client.getDatabase(AgencyDocumentFormat.DATABASE));
			GenerationTotals totals = new GenerationTotals();
			new NationWriter(client, SEED, 2020, 2021, ReportTemplate.national(), Clock.systemUTC(), totals)
				.write(new Province(PROVINCE, "浙江省"), 300);
			assertThat(totals.agencies()).isEqualTo(300);
			List<SyntheticRegistry.Agency> generated = SyntheticRegistry.of(PROVINCE, "浙江省", 300, SEED);
			Map<String, Agency> read = agencies.all(PROVINCE)
				.stream()
				.collect(Collectors.toMap(Agency::id, Function.identity()));
			assertThat(read).hasSize(300);
			for (SyntheticRegistry.Agency expected : generated) {
				Agency agency = read.get(expected.id());
				assertThat(agency.provinceCode()).isEqualTo(PROVINCE);
				assertThat(agency.name()).isEqualTo(expected.name());
				assertThat(agency.level().name()).isEqualTo(expected.level());
				assertThat(agency.kind().name()).isEqualTo(expected.kind());
				assertThat(agency.regionCode()).isEqualTo(expected.regionCode());
				assertThat(agency.parentId()).isEqualTo(expected.parentId());
				assertThat(agency.scope()).isEqualTo(expected.scope());
				assertThat(agency.createdYear()).isEqualTo(expected.createdYear());
				assertThat(agency.abolishedYear()).isEqualTo(expected.abolishedYear());
				assertThat(agency.active()).isEqualTo(expected.abolishedYear() == null);
				assertThat(agency.version()).isEqualTo(1);
				for (int year = 2010; year <= 2021; year++) {
					assertThat(agency.existsIn(year)).isEqualTo(SyntheticReports.existsIn(expected, year));
				}
			}
			assertThat(agencies.find(PROVINCE, PROVINCE + "-gov")).isPresent();
			AgencyPage firstPage = agencies.list(PROVINCE, new AgencyQuery(null, null, null, null, null, null, 0, 50));
			assertThat(firstPage.total()).isEqualTo(300);
			AgencyPage expected2015 = agencies.list(PROVINCE,
					new AgencyQuery(null, AgencyKind.department, null, null, null, 2015, 0, 1000));
			assertThat(expected2015.total()).isEqualTo(generated.stream()
				.filter((agency) -> agency.kind().equals("department") && SyntheticReports.existsIn(agency, 2015))
				.count());
		}
	}

	@Test
	void theGeneratorWritesForThe32ProvincesTenantServiceServes() {
		assertThat(TenantProvinces.all()).hasSize(32)
			.extracting(Province::code)
			.contains("110000", "660000")
			.doesNotContain("710000", "810000", "820000");
	}

}
