package io.gongkai.tenant.agency.search;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.gongkai.platform.security.Caller;
import io.gongkai.tenant.province.ProvinceAccess;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search of a province's agencies by name or alias, ranked, each result with its score
 * and why it matched.
 */
@RestController
@RequestMapping("/api/tenants/{provinceCode}/agencies/search")
@Validated
class AgencySearchController {

	private final AgencyMatcher matcher;

	private final ProvinceAccess access;

	AgencySearchController(AgencyMatcher matcher, ProvinceAccess access) {
		this.matcher = matcher;
		this.access = access;
	}

	@GetMapping
	List<AgencyMatch> search(Caller caller, @PathVariable String provinceCode,
			@RequestParam @NotBlank(message = "{search.q.required}") @Size(max = 200,
					message = "{search.q.size}") String q,
			@RequestParam(required = false) @Pattern(regexp = "\\d{6}|\\d{12}",
					message = "{search.region.pattern}") String region,
			@RequestParam(defaultValue = "10") @Min(value = 1, message = "{search.limit.min}") @Max(value = 100,
					message = "{search.limit.max}") int limit) {
		this.access.readable(caller, provinceCode);
		return this.matcher.match(provinceCode, q, region, limit);
	}

}
