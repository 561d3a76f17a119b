package io.gongkai.tenant.agency;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.gongkai.platform.security.Caller;
import io.gongkai.tenant.province.ProvinceAccess;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agency registry of one province: its people read it, its coordinators and the
 * platform admin change it.
 */
@RestController
@RequestMapping("/api/tenants/{provinceCode}/agencies")
@Validated
class AgencyController {

	private final AgencyStore store;

	private final AgencyRegistry registry;

	private final ProvinceAccess access;

	AgencyController(AgencyStore store, AgencyRegistry registry, ProvinceAccess access) {
		this.store = store;
		this.registry = registry;
		this.access = access;
	}

	@GetMapping
	AgencyPage list(Caller caller, @PathVariable String provinceCode, @RequestParam(required = false) AgencyLevel level,
			@RequestParam(required = false) AgencyKind kind, @RequestParam(required = false) Boolean active,
			@RequestParam(required = false) String parent, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.min}") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "{size.min}") @Max(value = 1000,
					message = "{size.max1000}") int size) {
		this.access.readable(caller, provinceCode);
		return this.store.list(provinceCode, new AgencyQuery(level, kind, active, parent, name, null, page, size));
	}

	/**
	 * The agencies expected to report on a year: created in or before it and not
	 * abolished before it.
	 */
	@GetMapping("/expected")
	AgencyPage expected(Caller caller, @PathVariable String provinceCode,
			@RequestParam @Min(value = AgencyRules.FIRST_YEAR, message = "{year.min1949}") @Max(value = 2100,
					message = "{year.max2023}") int year,
			@RequestParam(required = false) AgencyLevel level, @RequestParam(required = false) AgencyKind kind,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.min}") int page,
			@RequestParam(defaultValue = "1000") @Min(value = 1, message = "{size.min}") @Max(value = 1000,
					message = "{size.max1000}") int size) {
		this.access.readable(caller, provinceCode);
		return this.store.list(provinceCode, new AgencyQuery(level, kind, null, null, null, year, page, size));
	}

	@GetMapping("/{id}")
	ResponseEntity<Agency> get(Caller caller, @PathVariable String provinceCode, @PathVariable String id) {
		this.access.readable(caller, provinceCode);
		return tagged(ResponseEntity.ok(), this.registry.existing(provinceCode, id));
	}

	@PostMapping
	ResponseEntity<Agency> register(Caller caller, @PathVariable String provinceCode,
			@Valid @RequestBody AgencyRequest request) {
		this.access.manageable(caller, provinceCode);
		Agency agency = this.registry.register(provinceCode, request);
		return tagged(ResponseEntity.created(URI.create("/api/tenants/" + provinceCode + "/agencies/" + agency.id())),
				agency);
	}

	/**
	 * Replaces every registry field of an agency; {@code If-Match} must carry the ETag it
	 * was read with.
	 */
	@PutMapping("/{id}")
	ResponseEntity<Agency> edit(Caller caller, @PathVariable String provinceCode, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody AgencyRequest request) {
		this.access.manageable(caller, provinceCode);
		return tagged(ResponseEntity.ok(), this.registry.edit(provinceCode, id, request, ifMatch));
	}

	/**
	 * Abolishes an agency from a year on; it stays in the registry, inactive.
	 */
	@PostMapping("/{id}/deactivation")
	ResponseEntity<Agency> deactivate(Caller caller, @PathVariable String provinceCode, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DeactivationRequest request) {
		this.access.manageable(caller, provinceCode);
		return tagged(ResponseEntity.ok(), this.registry.deactivate(provinceCode, id, request, ifMatch));
	}

	private static ResponseEntity<Agency> tagged(ResponseEntity.BodyBuilder response, Agency agency) {
		return response.eTag(AgencyRegistry.eTag(agency)).body(agency);
	}

}
