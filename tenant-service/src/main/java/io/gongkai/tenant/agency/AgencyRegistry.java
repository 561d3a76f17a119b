package io.gongkai.tenant.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.tenant.problem.TenantProblem;
import io.gongkai.tenant.province.ProvinceCatalogue;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Registering, editing and deactivating one agency at a time, with the registry's rules.
 */
@Component
class AgencyRegistry {

	private final AgencyStore store;

	private final ApplicationEventPublisher events;

	AgencyRegistry(AgencyStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	Agency register(String provinceCode, AgencyRequest request) {
		String id = (request.id() != null) ? request.id() : AgencyRules.newId(provinceCode, request.regionCode());
		AgencyRules.id(provinceCode, id).ifPresent((violation) -> {
			throw new ProblemException(violation.problem(), violation.arguments().toArray()).with("field",
					violation.field());
		});
		Agency agency = request.toAgency(id, provinceCode, 1);
		refuse(violations(agency));
		this.store.insert(agency);
		this.events.publishEvent(new AgenciesChanged(provinceCode));
		return agency;
	}

	Agency edit(String provinceCode, String id, AgencyRequest request, String ifMatch) {
		if (request.id() != null && !request.id().equals(id)) {
			throw new ProblemException(TenantProblem.ID_MISMATCH, request.id(), id).with("field", "id");
		}
		Agency current = existing(provinceCode, id);
		long version = expectedVersion(current, ifMatch, true);
		Agency edited = request.toAgency(id, provinceCode, version + 1);
		refuse(violations(edited));
		return replace(edited, version);
	}

	Agency deactivate(String provinceCode, String id, DeactivationRequest request, String ifMatch) {
		Agency current = existing(provinceCode, id);
		long version = expectedVersion(current, ifMatch, false);
		Agency abolished = new Agency(id, provinceCode, current.name(), current.aliases(), current.level(),
				current.kind(), current.regionCode(), current.parentId(), current.scope(), false, current.createdYear(),
				request.abolishedYear(),
				(request.mergedInto() == null || request.mergedInto().isBlank()) ? null : request.mergedInto().strip(),
				version + 1);
		refuse(violations(abolished));
		return replace(abolished, version);
	}

	Agency existing(String provinceCode, String id) {
		return this.store.find(provinceCode, id)
			.orElseThrow(() -> new ProblemException(TenantProblem.AGENCY_NOT_FOUND, id,
					ProvinceCatalogue.named(provinceCode)));
	}

	private Agency replace(Agency agency, long version) {
		if (!this.store.replace(agency, version)) {
			throw stale(agency.id());
		}
		this.events.publishEvent(new AgenciesChanged(agency.provinceCode()));
		return agency;
	}

	/**
	 * Everything wrong with an agency as it would be stored.
	 */
	private List<Violation> violations(Agency agency) {
		String province = agency.provinceCode();
		List<Violation> violations = new ArrayList<>();
		AgencyRules.region(province, agency.level(), agency.regionCode()).ifPresent(violations::add);
		violations.addAll(
				AgencyRules.lifetime(agency.id(), agency.createdYear(), agency.abolishedYear(), agency.mergedInto()));
		if (agency.parentId() != null) {
			parentViolation(agency).ifPresent(violations::add);
		}
		if (agency.mergedInto() != null && !agency.mergedInto().equals(agency.id())
				&& this.store.find(province, agency.mergedInto()).isEmpty()) {
			violations.add(new Violation("mergedInto", TenantProblem.UNKNOWN_SUCCESSOR, agency.mergedInto(),
					ProvinceCatalogue.named(province)));
		}
		return violations;
	}

	private Optional<Violation> parentViolation(Agency agency) {
		String province = agency.provinceCode();
		String parentId = agency.parentId();
		if (this.store.find(province, parentId).isEmpty()) {
			return Optional.of(new Violation("parentId", TenantProblem.UNKNOWN_PARENT, parentId,
					ProvinceCatalogue.named(province)));
		}
		return AgencyRules
			.cycle(agency.id(), parentId, (id) -> this.store.find(province, id).map(Agency::parentId).orElse(null))
			.map((cycle) -> new Violation("parentId", TenantProblem.PARENT_CYCLE, parentId, String.join(" → ", cycle)));
	}

	private static void refuse(List<Violation> violations) {
		if (violations.isEmpty()) {
			return;
		}
		Violation first = violations.get(0);
		throw new ProblemException(first.problem(), first.args()).with("field", first.field())
			.with("errors",
					violations.stream()
						.map((violation) -> Map.of("field", violation.field(), "message", violation.message()))
						.toList());
	}

	/**
	 * The version the caller edits: the one its {@code If-Match} names.
	 */
	private static long expectedVersion(Agency current, String ifMatch, boolean required) {
		if (ifMatch == null || ifMatch.isBlank()) {
			if (required) {
				throw new ProblemException(TenantProblem.VERSION_REQUIRED);
			}
			return current.version();
		}
		String tag = ifMatch.strip();
		if ("*".equals(tag)) {
			return current.version();
		}
		if (!eTag(current).equals(tag.startsWith("W/") ? tag.substring(2) : tag)) {
			throw stale(current.id());
		}
		return current.version();
	}

	static String eTag(Agency agency) {
		return "\"" + agency.version() + "\"";
	}

	private static ProblemException stale(String id) {
		return new ProblemException(TenantProblem.AGENCY_CHANGED, id);
	}

}
