package io.gongkai.report.published;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The provinces' names, from tenant-service's catalogue ({@code provinces.csv}, packaged
 * by the build as {@code published/provinces.csv}): what the public reads instead of
 * codes.
 */
@Component
class ProvinceNames {

	private static final String RESOURCE = "/published/provinces.csv";

	private final Map<String, String> names = read();

	/** The province's name, or its code for a code outside the catalogue. */
	String name(String code) {
		return this.names.getOrDefault(code, code);
	}

	/** Every province of the catalogue, code to name, in the catalogue's order. */
	Map<String, String> all() {
		return Collections.unmodifiableMap(this.names);
	}

	PublicReportSummary summary(PublishedReport report) {
		return PublicReportSummary.of(report, name(report.provinceCode()));
	}

	private static Map<String, String> read() {
		Map<String, String> names = new LinkedHashMap<>();
		try (InputStream csv = ProvinceNames.class.getResourceAsStream(RESOURCE)) {
			if (csv == null) {
				throw new IllegalStateException("Missing " + RESOURCE + " on the class path");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
			lines.readLine();
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String[] fields = line.split(",");
				if (fields.length >= 3 && "yes".equals(fields[2].strip())) {
					names.put(fields[0].strip(), fields[1].strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names;
	}

}
