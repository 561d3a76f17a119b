package io.gongkai.tenant.province;

import java.util.List;

import io.gongkai.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenants: public facts about provinces, readable by every signed-in user.
 */
@RestController
@RequestMapping("/api/tenants")
class ProvinceController {

	private final ProvinceCatalogue catalogue;

	ProvinceController(ProvinceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	List<Province> list() {
		return this.catalogue.tenants();
	}

	@GetMapping("/{code}")
	Province get(@PathVariable String code) {
		return this.catalogue.tenant(code).orElseThrow(() -> unknownTenant(code));
	}

	static ProblemException unknownTenant(String code) {
		return new ProblemException(HttpStatus.NOT_FOUND, "unknown-tenant", "Unknown province",
				"'" + code + "' is not the six-digit code of a province served by the platform.");
	}

}
