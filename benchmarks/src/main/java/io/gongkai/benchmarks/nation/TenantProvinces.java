package io.gongkai.benchmarks.nation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The 32 provinces the platform serves, read from the {@code provinces.csv}
 * tenant-service ships (columns {@code code,name,tenant}; a tenant is marked
 * {@code yes}), so that the generator writes for exactly the provinces the platform
 * lists.
 */
public final class TenantProvinces {

	private static final String RESOURCE = "/provinces.csv";

	private TenantProvinces() {
	}

	/**
	 * A province the platform serves.
	 *
	 * @param code six-digit code, such as {@code 210000}
	 * @param name official name, such as {@code 辽宁省}
	 */
	public record Province(String code, String name) {

	}

	/** Every tenant, in the order of the file. */
	public static List<Province> all() {
		InputStream csv = TenantProvinces.class.getResourceAsStream(RESOURCE);
		if (csv == null) {
			throw new IllegalStateException("Missing " + RESOURCE + " (tenant-service's) on the class path");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
			return reader.lines()
				.skip(1)
				.filter((line) -> !line.isBlank())
				.map((line) -> line.split(","))
				.filter((fields) -> "yes".equalsIgnoreCase(fields[2].trim()))
				.map((fields) -> new Province(fields[0].trim(), fields[1].trim()))
				.toList();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

}
