package io.gongkai.tenant.province;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.tenant.problem.TenantProblem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenants: public facts about provinces (their resident population included),
 * readable by every signed-in user; the platform admin sets the population.
 */
@RestController
@RequestMapping("/api/tenants")
class ProvinceController {

	private final ProvinceCatalogue catalogue;

	private final ProvincePopulations populations;

	private final ProvinceAccess access;

	ProvinceController(ProvinceCatalogue catalogue, ProvincePopulations populations, ProvinceAccess access) {
		this.catalogue = catalogue;
		this.populations = populations;
		this.access = access;
	}

	@GetMapping
	List<ProvinceFacts> list() {
		Map<String, Population> known = this.populations.all();
		return this.catalogue.tenants()
			.stream()
			.map((province) -> ProvinceFacts.of(province, known.get(province.code())))
			.toList();
	}

	@GetMapping("/{code}")
	ProvinceFacts get(@PathVariable String code) {
		Province province = this.catalogue.tenant(code).orElseThrow(() -> unknownTenant(code));
		return ProvinceFacts.of(province, this.populations.of(code).orElse(null));
	}

	/**
	 * Sets (or replaces) a province's resident population, with the year and source of
	 * the figure.
	 */
	@PutMapping("/{code}/population")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	ProvinceFacts setPopulation(Caller caller, @PathVariable String code,
			@Valid @RequestBody PopulationRequest request) {
		Province province = this.access.manageable(caller, code);
		return ProvinceFacts.of(province, this.populations.set(code, request));
	}

	static ProblemException unknownTenant(String code) {
		return new ProblemException(TenantProblem.UNKNOWN_TENANT, code);
	}

}
