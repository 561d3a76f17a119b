package io.gongkai.analytics.nation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Chinese names of the 32 tenants, for rows and exports: tenant-service's
 * {@code provinces.csv} (columns {@code code,name,tenant,…}; a tenant is marked
 * {@code yes}), the one list of them, packaged by the build as
 * {@code regions/provinces.csv}.
 */
public final class ProvinceNames {

	private static final String RESOURCE = "/regions/provinces.csv";

	private static final Map<String, String> NAMES = read();

	private ProvinceNames() {
	}

	/** Whether the code is one of the 32 tenants. */
	public static boolean isTenant(String code) {
		return NAMES.containsKey(code);
	}

	/** The province's Chinese name, or its code when it is not a tenant. */
	public static String name(String code) {
		return NAMES.getOrDefault(code, code);
	}

	private static Map<String, String> read() {
		InputStream csv = ProvinceNames.class.getResourceAsStream(RESOURCE);
		if (csv == null) {
			throw new IllegalStateException(
					"Missing " + RESOURCE + " (tenant-service's provinces.csv) on the class path");
		}
		Map<String, String> names = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
			reader.lines()
				.skip(1)
				.filter((line) -> !line.isBlank())
				.map((line) -> line.split(","))
				.filter((fields) -> "yes".equalsIgnoreCase(fields[2].trim()))
				.forEach((fields) -> names.put(fields[0].trim(), fields[1].trim()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Collections.unmodifiableMap(names);
	}

}
