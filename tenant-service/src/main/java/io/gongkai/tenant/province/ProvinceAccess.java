package io.gongkai.tenant.province;

import io.gongkai.tenant.problem.TenantProblem;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.platform.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who may read or change a province's registry: the platform admin, and the people of
 * that province (its coordinators change it; its reporters read it). Nobody else.
 */
@Component
public class ProvinceAccess {

	private final ProvinceCatalogue catalogue;

	ProvinceAccess(ProvinceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	public Province readable(Caller caller, String code) {
		Province province = tenant(code);
		if (caller.has(Role.PLATFORM_ADMIN) || (ownProvince(caller, code)
				&& (caller.has(Role.PROVINCIAL_COORDINATOR) || caller.has(Role.AGENCY_REPORTER)))) {
			return province;
		}
		throw denied(caller, code);
	}

	public Province manageable(Caller caller, String code) {
		Province province = tenant(code);
		if (caller.has(Role.PLATFORM_ADMIN) || (ownProvince(caller, code) && caller.has(Role.PROVINCIAL_COORDINATOR))) {
			return province;
		}
		throw denied(caller, code);
	}

	private Province tenant(String code) {
		return this.catalogue.tenant(code).orElseThrow(() -> ProvinceController.unknownTenant(code));
	}

	private static boolean ownProvince(Caller caller, String code) {
		return code.equals(caller.province());
	}

	private static ProblemException denied(Caller caller, String code) {
		return caller.provinceCode()
			.map((own) -> new ProblemException(TenantProblem.FOREIGN_PROVINCE, ProvinceCatalogue.named(own),
					ProvinceCatalogue.named(code)))
			.orElseGet(() -> new ProblemException(TenantProblem.NO_OWN_PROVINCE, ProvinceCatalogue.named(code)));
	}

}
