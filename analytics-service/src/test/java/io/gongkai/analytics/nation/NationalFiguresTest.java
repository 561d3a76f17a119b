package io.gongkai.analytics.nation;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class NationalFiguresTest {

	private final ReadModelSource source = mock(ReadModelSource.class);

	/**
	 * The embedded store answers a query only once it holds every document it matches: a
	 * read of the whole nation's reports at once ran a store of 8 GB out of memory.
	 */
	@Test
	void theStartUpLoadReadsReportsOneProvinceAtATimeAndKeepsEveryProvinceKnown() {
		given(this.source.figureCount()).willReturn(1);
		given(this.source.lastSynced()).willReturn(Map.of("110000", Instant.EPOCH, "210000", Instant.EPOCH));
		given(this.source.populations()).willReturn(Map.of());
		willAnswer((invocation) -> {
			Consumer<AgencyRow> sink = invocation.getArgument(1);
			sink.accept(new AgencyRow("a-650000", "650000", "新疆某局", Codes.level("county"), Codes.kind("department"),
					Codes.scope("own"), null, null));
			return null;
		}).given(this.source).agencies(isNull(), any());
		willAnswer((invocation) -> {
			String province = invocation.getArgument(0);
			Consumer<ReportRow> sink = invocation.getArgument(1);
			int reports = "110000".equals(province) ? 2 : ("210000".equals(province) ? 1 : 0);
			for (int i = 0; i < reports; i++) {
				sink.accept(report(province, "a-" + province + "-" + i));
			}
			return null;
		}).given(this.source).reports(any(), any());
		NationalFigures figures = new NationalFigures(this.source);

		figures.loadAll();

		assertThat(figures.loaded()).isTrue();
		assertThat(figures.nation().reports()).isEqualTo(3);
		assertThat(figures.nation().province("110000").reports()).isEqualTo(2);
		assertThat(figures.nation().province("210000").reports()).isEqualTo(1);
		assertThat(figures.nation().province("650000")).isNotNull();
		verify(this.source, never()).reports(isNull(), any());
	}

	private static ReportRow report(String province, String agencyId) {
		return new ReportRow(province, agencyId, "某局", 2021, Codes.TEMPLATE_2021, Codes.OWN, Codes.DEPARTMENT,
				Codes.PUBLISHED, Codes.ON_TIME, true, new double[] { 10 });
	}

}
