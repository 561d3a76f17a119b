package io.gongkai.tenant.agency.importing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.tenant.agency.AgencyStore;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Whatever file a coordinator uploads to the registry's import, the dry run gives a
 * report row by row or refuses the file with a 4xx problem that says what is wrong, never
 * another exception (a 500): CSV in any encoding, and .xlsx workbooks, which the
 * controller tells apart by their first bytes. The registry is empty (a mock store), so
 * every valid row is a creation. Regression mode replays the inputs in
 * {@code AgencyImportFuzzTestsInputs}; {@code docs/fuzzing.md} says how to fuzz.
 */
class AgencyImportFuzzTests {

	private static final ImportLimits LIMITS = new ImportLimits(DataSize.ofMegabytes(10), 2_000);

	private static final AgencyImport IMPORT = new AgencyImport(mock(AgencyStore.class),
			mock(ApplicationEventPublisher.class));

	@FuzzTest(maxDuration = "5m")
	void anyFileGivesARowByRowReportOrAClientProblem(byte[] file) {
		if (file.length == 0) {
			return;
		}
		try {
			Table table = (file.length >= 4 && file[0] == 0x50 && file[1] == 0x4B && file[2] == 0x03 && file[3] == 0x04)
					? new XlsxTableReader(LIMITS).read(file) : new CsvTableReader(LIMITS).read(file);
			ImportReport report = IMPORT.run("620000", table, true, false);
			assertThat(report).isNotNull();
		}
		catch (ProblemException refused) {
			assertThat(refused.getStatusCode().is4xxClientError()).as("status of %s", refused.getBody()).isTrue();
			assertThat(refused.getBody().getDetail()).isNotBlank();
		}
	}

}
