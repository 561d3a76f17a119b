package io.gongkai.analytics.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.gongkai.analytics.sync.FeedPage.FeedEntry;
import io.gongkai.analytics.sync.FeedPage.FeedMetric;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API the figures package loads from.
 */
class NationalStoreTest extends SyncTestSupport {

	@Autowired
	NationalStore nationalStore;

	@Autowired
	ReadModelUpdates updates;

	@Test
	void everyReportOfEveryProvinceComesThroughOneAtATime() {
		write("210000", 2500);
		write("220000", 10);

		AtomicInteger seen = new AtomicInteger();
		this.nationalStore.forEachReport((report) -> seen.incrementAndGet());

		assertThat(seen).hasValue(2510);
		try (Stream<SyncedReport> reports = this.nationalStore.reports()) {
			assertThat(reports.filter((report) -> report.province().equals("220000")).count()).isEqualTo(10);
		}
		try (Stream<SyncedReport> firstFew = this.nationalStore.reports()) {
			assertThat(firstFew.limit(3).toList()).hasSize(3);
		}
		assertThat(this.nationalStore.reportsOf("220000")).extracting(SyncedReport::reportId)
			.containsExactly("220000-r00000", "220000-r00001", "220000-r00002", "220000-r00003", "220000-r00004",
					"220000-r00005", "220000-r00006", "220000-r00007", "220000-r00008", "220000-r00009");
	}

	@Test
	void agenciesComeByProvinceWithTheYearsTheyExist() {
		this.updates.replaceAgencies("210000",
				List.of(new SyncedAgency("210000-gov", "210000", "辽宁省人民政府", "province", "government", "aggregate", null,
						"210000", true, null, null),
						new SyncedAgency("210000-ls", "210000", "辽宁省劳动和社会保障厅", "province", "department", "own",
								"210000-gov", "210000", false, 2000, 2008)));
		this.updates.replaceAgencies("220000", List.of(new SyncedAgency("220000-gov", "220000", "吉林省人民政府", "province",
				"government", "aggregate", null, "220000", true, null, null)));

		List<SyncedAgency> all = new ArrayList<>();
		this.nationalStore.forEachAgency(all::add);

		assertThat(all).hasSize(3);
		List<SyncedAgency> liaoning = this.nationalStore.agenciesOf("210000");
		assertThat(liaoning).extracting(SyncedAgency::id).containsExactly("210000-gov", "210000-ls");
		SyncedAgency abolished = liaoning.get(1);
		assertThat(abolished.parentId()).isEqualTo("210000-gov");
		assertThat(abolished.active()).isFalse();
		assertThat(abolished.existsIn(2008)).isTrue();
		assertThat(abolished.existsIn(2009)).isFalse();
		assertThat(liaoning.get(0).existsIn(1990)).isTrue();
	}

	private void write(String province, int count) {
		List<FeedEntry> entries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			entries.add(new FeedEntry((long) i + 1, "%s-r%05d".formatted(province, i), province + "-gov", "政府", 2021,
					"template2021", "own", "government", "published", LocalDate.of(2022, 3, 31),
					LocalDate.of(2022, 3, 20), true, 1, "published",
					Map.of("requests.received", new FeedMetric((long) i, "exact")),
					Map.of("t3.new_received.total", (long) i), null, null, Instant.parse("2022-03-25T09:00:00Z")));
		}
		assertThat(this.updates.applyReports(province, entries, Instant.now())).isEqualTo(count);
	}

}
