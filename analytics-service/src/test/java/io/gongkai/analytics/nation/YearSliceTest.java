package io.gongkai.analytics.nation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compact columns of a province's reports on a year.
 */
class YearSliceTest {

	@Test
	void valuesBeyondIntegersAreKeptExactlyAndBlanksStayNotReported() {
		YearSlice.Builder builder = new YearSlice.Builder(2022, 3);
		for (int report = 0; report < 100; report++) {
			builder.add(report, Codes.DEPARTMENT,
					row(report, (report == 50) ? 3_000_000_000.0 : report, (report % 2 == 0) ? Double.NaN : 1.5));
		}
		builder.add(100, Codes.GOVERNMENT, new ReportRow("210000", "a-100", null, 2022, Codes.LEGACY, Codes.OWN,
				Codes.UNKNOWN, Codes.SUBMITTED, Codes.UNKNOWN, false, null));
		YearSlice slice = builder.build();

		assertThat(slice.size()).isEqualTo(101);
		assertThat(slice.value(0, 7)).isEqualTo(7);
		assertThat(slice.value(0, 50)).isEqualTo(3_000_000_000.0);
		assertThat(slice.value(1, 2)).isNaN();
		assertThat(slice.value(1, 3)).isEqualTo(1.5);
		assertThat(slice.states(2)).isFalse();
		assertThat(slice.value(2, 3)).isNaN();
		assertThat(slice.hasFigures(100)).isFalse();
		assertThat(slice.value(0, 100)).isNaN();
		assertThat(slice.kind(100)).isEqualTo(Codes.GOVERNMENT);
		assertThat(slice.kind(3)).isEqualTo(Codes.DEPARTMENT);
		assertThat(slice.template(3)).isTrue();
	}

	@Test
	void theFewQualifiedValuesAreFoundAmongManyExactOnesAfterTheColumnTurnsToDoubles() {
		YearSlice.Builder builder = new YearSlice.Builder(2015, 3);
		for (int report = 0; report < 200; report++) {
			byte[] qualifiers = (report == 7) ? new byte[] { Codes.AT_LEAST, 0, 0 }
					: (report == 150) ? new byte[] { Codes.APPROX, 0, 0 } : null;
			double value = (report == 100) ? 0.5 : report;
			builder.add(report, Codes.DEPARTMENT,
					new ReportRow("620000", "a-" + report, null, 2015, Codes.LEGACY, Codes.OWN, Codes.UNKNOWN,
							Codes.PUBLISHED, Codes.ON_TIME, true, new double[] { value, Double.NaN, Double.NaN },
							Codes.SECTIONS_UNKNOWN, qualifiers));
		}
		YearSlice slice = builder.build();

		assertThat(slice.qualifier(0, 7)).isEqualTo(Codes.AT_LEAST);
		assertThat(slice.qualifier(0, 150)).isEqualTo(Codes.APPROX);
		assertThat(slice.qualifier(0, 8)).isEqualTo(Codes.EXACT);
		assertThat(slice.qualifier(1, 7)).isEqualTo(Codes.EXACT);
		assertThat(slice.value(0, 100)).isEqualTo(0.5);
		assertThat(slice.value(0, 150)).isEqualTo(150);
		assertThat(slice.sectionsMandated(7)).isZero();
	}

	private static ReportRow row(int agency, double first, double second) {
		return new ReportRow("210000", "a-" + agency, null, 2022, Codes.TEMPLATE_2021, Codes.OWN, Codes.UNKNOWN,
				Codes.PUBLISHED, Codes.ON_TIME, true, new double[] { first, second, Double.NaN });
	}

}
