package io.gongkai.report.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import io.gongkai.report.ReportServiceTest;

/**
 * What the import tests send, on report-service as all its tests run it
 * ({@link ReportServiceTest}: the service account's token from the WireMock Keycloak, the
 * WireMock tenant-service each class stubs the registry's search on): the published
 * reports of the text-import test corpus.
 */
public abstract class ImportTest extends ReportServiceTest {

	/**
	 * The published reports the upload tests send, under the names they are uploaded
	 * with: the text-import test corpus's files.
	 */
	private static final Map<String, String> REPORTS = Map.of("qingdao-hrss-2013.txt",
			"/textimport/seeds/004_7662d0f13a5caeab.txt", "guilin-office-2022.html",
			"/textimport/cases/12_guilin_office_2022.html");

	public static byte[] resource(String name) {
		String path = REPORTS.get(name);
		try (InputStream in = (path != null) ? ImportTest.class.getResourceAsStream(path) : null) {
			if (in == null) {
				throw new IllegalArgumentException("No test report named " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
