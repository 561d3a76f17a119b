package io.gongkai.tenant.agency;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.tenant.province.ProvinceAccess;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agency registry of one province.
 */
@RestController
@RequestMapping("/api/tenants/{provinceCode}/agencies")
class AgencyController {

	private final AgencyStore store;

	private final ProvinceAccess access;

	AgencyController(AgencyStore store, ProvinceAccess access) {
		this.store = store;
		this.access = access;
	}

	@GetMapping
	List<Agency> list(Caller caller, @PathVariable String provinceCode) {
		this.access.readable(caller, provinceCode);
		return this.store.list(provinceCode);
	}

	@GetMapping("/{id}")
	Agency get(Caller caller, @PathVariable String provinceCode, @PathVariable String id) {
		this.access.readable(caller, provinceCode);
		return this.store.find(provinceCode, id)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "agency-not-found", "Agency not found",
					"No agency '" + id + "' in province " + provinceCode + "."));
	}

	@PostMapping
	ResponseEntity<Agency> register(Caller caller, @PathVariable String provinceCode,
			@Valid @RequestBody AgencyRequest request) {
		this.access.manageable(caller, provinceCode);
		if (!request.regionCode().startsWith(provinceCode.substring(0, 2)) && !"660000".equals(provinceCode)) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "region-outside-province",
					"Region outside the province", "The region code " + request.regionCode()
							+ " does not lie in province " + provinceCode + "; check the code.")
				.with("field", "regionCode");
		}
		if (request.parentId() != null && this.store.find(provinceCode, request.parentId()).isEmpty()) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-parent", "Unknown parent agency",
					"The parent '" + request.parentId() + "' is not an agency of province " + provinceCode + ".")
				.with("field", "parentId");
		}
		String id = (request.id() != null) ? request.id() : UUID.randomUUID().toString();
		Agency agency = this.store.insert(new Agency(id, provinceCode, request.name().trim(), request.aliases(),
				request.level(), request.kind(), request.regionCode(), request.parentId(), request.scope(), true));
		return ResponseEntity.created(URI.create("/api/tenants/" + provinceCode + "/agencies/" + id)).body(agency);
	}

}
