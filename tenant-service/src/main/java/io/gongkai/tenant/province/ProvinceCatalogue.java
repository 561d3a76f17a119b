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

import io.gongkai.platform.problem.ProblemMessages;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The province-level divisions of {@code provinces.csv}: the 31 provinces, autonomous
 * regions and municipalities and 新疆生产建设兵团 are tenants.
 */
@Component
public class ProvinceCatalogue {

	private static final Map<String, Province> ALL = read(new ClassPathResource("provinces.csv"));

	private final Map<String, Province> byCode;

	ProvinceCatalogue() {
		this.byCode = ALL;
	}

	/**
	 * A province as problems name it, such as 山西省（140000）; the code alone when it is not
	 * a province-level division.
	 */
	public static Object named(String code) {
		Province province = (code != null) ? ALL.get(code) : null;
		return (province != null) ? ProblemMessages.label("label.province", province.name(), code) : code;
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
