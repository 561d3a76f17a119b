package io.gongkai.tenant.account;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import io.gongkai.platform.security.Caller;
import io.gongkai.tenant.province.ProvinceAccess;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The accounts of one province: coordinators manage their province's reporters, the
 * platform admin manages coordinators too.
 */
@RestController
@RequestMapping("/api/tenants/{provinceCode}/accounts")
class AccountController {

	private final AccountProvisioning provisioning;

	private final ProvinceAccess access;

	AccountController(AccountProvisioning provisioning, ProvinceAccess access) {
		this.provisioning = provisioning;
		this.access = access;
	}

	@PostMapping
	ResponseEntity<AccountView> open(Caller caller, @PathVariable String provinceCode,
			@Valid @RequestBody NewAccountRequest request) {
		this.access.manageable(caller, provinceCode);
		AccountView account = this.provisioning.open(caller, provinceCode, request);
		return ResponseEntity.created(URI.create("/api/tenants/" + provinceCode + "/accounts/" + account.id()))
			.body(account);
	}

	@GetMapping
	List<AccountView> list(Caller caller, @PathVariable String provinceCode) {
		this.access.manageable(caller, provinceCode);
		return this.provisioning.list(provinceCode);
	}

	@PostMapping("/{accountId}/disable")
	AccountView disable(Caller caller, @PathVariable String provinceCode, @PathVariable String accountId) {
		this.access.manageable(caller, provinceCode);
		return this.provisioning.setEnabled(caller, provinceCode, accountId, false);
	}

	@PostMapping("/{accountId}/enable")
	AccountView enable(Caller caller, @PathVariable String provinceCode, @PathVariable String accountId) {
		this.access.manageable(caller, provinceCode);
		return this.provisioning.setEnabled(caller, provinceCode, accountId, true);
	}

	@PostMapping("/{accountId}/reset-credentials")
	AccountView resetCredentials(Caller caller, @PathVariable String provinceCode, @PathVariable String accountId) {
		this.access.manageable(caller, provinceCode);
		return this.provisioning.resetCredentials(caller, provinceCode, accountId);
	}

}
