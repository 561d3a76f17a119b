package io.gongkai.report.province;

import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import io.gongkai.platform.mongo.ProvinceDatabases;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.problem.ReportProblem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prepares a province's database when the province is onboarded: called by tenant-service
 * with the platform's service account, never by people. Only the tenants of the province
 * catalogue (tenant-service's) have storage.
 */
@RestController
@RequestMapping("/api/reports/provinces/{code}/storage")
class ProvinceStorageController {

	private final ProvinceDatabases databases;

	private final List<ProvinceIndexes> indexes;

	private final ProvinceTenants tenants;

	ProvinceStorageController(ProvinceDatabases databases, List<ProvinceIndexes> indexes, ProvinceTenants tenants) {
		this.databases = databases;
		this.indexes = indexes;
		this.tenants = tenants;
	}

	@PutMapping
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	Map<String, Object> prepare(@PathVariable String code) {
		MongoDatabase database;
		try {
			database = this.databases.forProvince(code);
		}
		catch (IllegalArgumentException exception) {
			throw new ProblemException(ReportProblem.INVALID_PROVINCE, code);
		}
		this.tenants.requireTenant(code);
		this.indexes.forEach((collection) -> collection.createIn(database));
		return Map.of("provinceCode", code, "database", ProvinceDatabases.databaseName(code), "prepared",
				this.indexes.size());
	}

}
