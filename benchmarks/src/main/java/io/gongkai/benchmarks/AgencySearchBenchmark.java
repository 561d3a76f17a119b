package io.gongkai.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import io.gongkai.tenant.agency.Agency;
import io.gongkai.tenant.agency.AgencyKind;
import io.gongkai.tenant.agency.AgencyLevel;
import io.gongkai.tenant.agency.search.AgencyMatch;
import io.gongkai.tenant.agency.search.AgencyMatcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The registry search over one province of 100,000 agencies, as text import and the
 * coordinators' search use it: full names, short forms, names without their region, and
 * names with a typo. The registry is made by a seeded generator: counties named from
 * common place-name characters, each with the usual departments.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class AgencySearchBenchmark {

	private static final String PLACE_CHARACTERS = "安平东西南北河山阳城宁江华新永丰德兴清长泰和定武昌嘉龙福顺";

	private static final String[] PLACE_SUFFIXES = { "县", "区", "市" };

	private static final String[] DEPARTMENTS = { "人力资源和社会保障局", "发展和改革局", "住房和城乡建设局", "财政局", "教育局", "公安局", "民政局", "司法局",
			"自然资源局", "生态环境局", "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局", "卫生健康委员会", "应急管理局", "审计局", "市场监督管理局", "统计局",
			"医疗保障局", "退役军人事务局", "林业局", "体育局", "信访局", "人民政府办公室", "科学技术局", "工业和信息化局", "档案局", "地方志办公室" };

	@Param({ "100000" })
	public int agencies;

	private AgencyMatcher.Search registrySearch;

	private final List<String> queries = new ArrayList<>();

	private int next;

	@Setup
	public void buildRegistry() {
		Random random = new Random(20261122L);
		List<Agency> registry = new ArrayList<>();
		List<String> places = new ArrayList<>();
		while (registry.size() < this.agencies) {
			String place = "" + PLACE_CHARACTERS.charAt(random.nextInt(PLACE_CHARACTERS.length()))
					+ PLACE_CHARACTERS.charAt(random.nextInt(PLACE_CHARACTERS.length()))
					+ PLACE_CHARACTERS.charAt(random.nextInt(PLACE_CHARACTERS.length()))
					+ PLACE_SUFFIXES[random.nextInt(PLACE_SUFFIXES.length)];
			String region = "37" + String.format("%04d", places.size() % 10000);
			places.add(place);
			for (String department : DEPARTMENTS) {
				if (registry.size() == this.agencies) {
					break;
				}
				registry.add(new Agency("a-" + registry.size(), "370000", place + department, List.of(),
						AgencyLevel.county, AgencyKind.department, region, null, "own", true, 2008, null, null, 1));
			}
		}
		this.registrySearch = AgencyMatcher.inMemory(registry, "370000", "山东省");
		for (int i = 0; i < 1000; i++) {
			String place = places.get(random.nextInt(places.size()));
			String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
			this.queries.add(switch (i % 4) {
				case 0 -> place + department;
				case 1 -> place + "人社局";
				case 2 -> department;
				default -> place + department.substring(0, department.length() - 1) + "厅";
			});
		}
	}

	@Benchmark
	public List<AgencyMatch> search() {
		return this.registrySearch.match(this.queries.get(this.next++ % this.queries.size()), null, 10);
	}

}
