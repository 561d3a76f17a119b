package io.gongkai.tenant.province;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The province-level divisions of {@code provinces.csv}: the 31 provinces, autonomous
 * regions and municipalities and 新疆生产建设兵团 are tenants.
 */
@Component
public class ProvinceCatalogue {

	private final Map<String, Province> byCode;

	ProvinceCatalogue() {
		this.byCode = read(new ClassPathResource("provinces.csv"));
	}

	public List<Province> tenants() {
		return this.byCode.values().stream().filter(Province::tenant).toList();
	}

	public Optional<Province> tenant(String code) {
		return Optional.ofNullable(this.byCode.get(code)).filter(Province::tenant);
	}

	private static Map<String, Province> read(ClassPathResource resource) {
		Map<String, Province> provinces = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().skip(1).filter((line) -> !line.isBlank()).forEach((line) -> {
				String[] fields = line.split(",");
				provinces.put(fields[0].trim(),
						new Province(fields[0].trim(), fields[1].trim(), "yes".equalsIgnoreCase(fields[2].trim())));
			});
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
		return provinces;
	}

}
