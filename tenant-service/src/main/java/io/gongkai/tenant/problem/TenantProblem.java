package io.gongkai.tenant.problem;

import io.gongkai.platform.problem.ProblemType;

import org.springframework.http.HttpStatus;

/**
 * The problems tenant-service answers, each with its status and the slug of its type; the
 * titles and details are in {@code problems_zh.properties} and
 * {@code problems_en.properties}, with the arguments each detail names.
 */
public enum TenantProblem implements ProblemType {

	UNKNOWN_TENANT(HttpStatus.NOT_FOUND, "unknown-tenant"),

	FOREIGN_PROVINCE(HttpStatus.FORBIDDEN, "foreign-province"),

	NO_OWN_PROVINCE(HttpStatus.FORBIDDEN, "foreign-province"),

	PROVINCE_NOT_ACTIVE(HttpStatus.CONFLICT, "province-not-active"),

	STORAGE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable"),

	COORDINATOR_ACCOUNTS_BY_ADMIN(HttpStatus.FORBIDDEN, "forbidden"),

	COORDINATOR_MANAGED_BY_ADMIN(HttpStatus.FORBIDDEN, "forbidden"),

	USERNAME_TAKEN(HttpStatus.CONFLICT, "username-taken"),

	/** What was being done in Keycloak, named in the English detail. */
	IDENTITY_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "identity-unavailable"),

	AGENCY_MISSING(HttpStatus.BAD_REQUEST, "invalid-request"),

	UNKNOWN_AGENCY(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-agency"),

	ACCOUNT_NOT_FOUND(HttpStatus.NOT_FOUND, "account-not-found"),

	NOT_EXPECTED_AGENCIES(HttpStatus.UNPROCESSABLE_CONTENT, "not-expected-agencies"),

	REPORTS_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable"),

	REPORTS_NOT_VISIBLE(HttpStatus.FORBIDDEN, "reports-not-visible"),

	REPORTS_UNREADABLE(HttpStatus.BAD_GATEWAY, "bad-gateway"),

	AGENCY_NOT_FOUND(HttpStatus.NOT_FOUND, "agency-not-found"),

	AGENCY_EXISTS(HttpStatus.CONFLICT, "agency-exists"),

	AGENCY_NAME_TAKEN(HttpStatus.CONFLICT, "agency-name-taken"),

	ID_MISMATCH(HttpStatus.BAD_REQUEST, "id-mismatch"),

	VERSION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED, "version-required"),

	AGENCY_CHANGED(HttpStatus.PRECONDITION_FAILED, "agency-changed"),

	INVALID_ID(HttpStatus.BAD_REQUEST, "invalid-id"),

	INVALID_REGION_CODE(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-region-code"),

	REGION_OUTSIDE_PROVINCE(HttpStatus.UNPROCESSABLE_CONTENT, "region-outside-province"),

	UNKNOWN_REGION_CODE(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-region-code"),

	TOWNSHIP_NEEDS_ITS_CODE(HttpStatus.UNPROCESSABLE_CONTENT, "region-level-mismatch"),

	LEVEL_NEEDS_SIX_DIGITS(HttpStatus.UNPROCESSABLE_CONTENT, "region-level-mismatch"),

	PROVINCE_LEVEL_NEEDS_PROVINCE_CODE(HttpStatus.UNPROCESSABLE_CONTENT, "region-level-mismatch"),

	LEVEL_NEEDS_LOCAL_CODE(HttpStatus.UNPROCESSABLE_CONTENT, "region-level-mismatch"),

	INVALID_CREATED_YEAR(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-year"),

	INVALID_ABOLISHED_YEAR(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-year"),

	ABOLISHED_BEFORE_CREATED(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-year"),

	MERGED_BUT_ACTIVE(HttpStatus.UNPROCESSABLE_CONTENT, "merged-but-active"),

	MERGED_INTO_ITSELF(HttpStatus.UNPROCESSABLE_CONTENT, "merged-into-itself"),

	UNKNOWN_SUCCESSOR(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-successor"),

	UNKNOWN_PARENT(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-parent"),

	PARENT_CYCLE(HttpStatus.UNPROCESSABLE_CONTENT, "parent-cycle"),

	IMPORT_TOO_MANY_ROWS(HttpStatus.CONTENT_TOO_LARGE, "import-too-many-rows"),

	IMPORT_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "import-too-large"),

	EXPORT_FORMAT(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-format"),

	XLS_WORKBOOK(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-format"),

	EMPTY_FILE(HttpStatus.BAD_REQUEST, "malformed-csv"),

	UNCLOSED_QUOTE(HttpStatus.BAD_REQUEST, "malformed-csv"),

	NO_SHEET(HttpStatus.BAD_REQUEST, "malformed-xlsx"),

	EMPTY_SHEET(HttpStatus.BAD_REQUEST, "malformed-xlsx"),

	UNREADABLE_XLSX(HttpStatus.BAD_REQUEST, "malformed-xlsx"),

	UTF16(HttpStatus.BAD_REQUEST, "unsupported-encoding"),

	UNKNOWN_ENCODING(HttpStatus.BAD_REQUEST, "unsupported-encoding"),

	BROKEN_BYTE_ORDER_MARK(HttpStatus.BAD_REQUEST, "unsupported-encoding"),

	UNKNOWN_COLUMN(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-column"),

	MISSING_COLUMN(HttpStatus.UNPROCESSABLE_CONTENT, "missing-column"),

	DUPLICATE_COLUMN(HttpStatus.UNPROCESSABLE_CONTENT, "duplicate-column"),

	IMPORT_REJECTED(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected");

	private final HttpStatus status;

	private final String slug;

	TenantProblem(HttpStatus status, String slug) {
		this.status = status;
		this.slug = slug;
	}

	@Override
	public HttpStatus status() {
		return this.status;
	}

	@Override
	public String slug() {
		return this.slug;
	}

}
