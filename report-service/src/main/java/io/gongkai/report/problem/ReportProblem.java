package io.gongkai.report.problem;

import io.gongkai.platform.problem.ProblemType;

import org.springframework.http.HttpStatus;

/**
 * The problems report-service answers, each with its status and the slug of its type; the
 * titles and details are in {@code problems_zh.properties} and
 * {@code problems_en.properties}, with the arguments each detail names.
 */
public enum ReportProblem implements ProblemType {

	PROVINCE_SUSPENDED(HttpStatus.FORBIDDEN, "province-suspended"),

	INVALID_PROVINCE(HttpStatus.BAD_REQUEST, "invalid-province"),

	UNKNOWN_TENANT(HttpStatus.NOT_FOUND, "unknown-tenant"),

	TENANT_SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "tenant-service-unavailable"),

	INVALID_DOCUMENT_FORMAT(HttpStatus.BAD_REQUEST, "invalid-document-format"),

	DOCUMENT_NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "document-not-acceptable"),

	REPORT_EXISTS(HttpStatus.CONFLICT, "report-exists"),

	REPORT_NOT_FOUND(HttpStatus.NOT_FOUND, "report-not-found"),

	PUBLISHED_REPORT_NOT_FOUND(HttpStatus.NOT_FOUND, "published-report-not-found"),

	PUBLISHED_YEAR_NOT_FOUND(HttpStatus.NOT_FOUND, "published-year-not-found"),

	UNKNOWN_PUBLIC_FIGURE(HttpStatus.BAD_REQUEST, "unknown-figure"),

	GLOSSARY_ENTRY_NOT_FOUND(HttpStatus.NOT_FOUND, "glossary-entry-not-found"),

	INVALID_FILTER(HttpStatus.BAD_REQUEST, "invalid-filter"),

	INVALID_GROUPING(HttpStatus.BAD_REQUEST, "invalid-grouping"),

	FIGURE_BY_PROVINCE_ONLY(HttpStatus.BAD_REQUEST, "figure-by-province-only"),

	TOO_MANY_CELLS(HttpStatus.BAD_REQUEST, "too-many-cells"),

	INVALID_TABLE_FORMAT(HttpStatus.BAD_REQUEST, "invalid-table-format"),

	NO_AGENCY(HttpStatus.FORBIDDEN, "no-agency"),

	NOT_YOUR_AGENCY(HttpStatus.FORBIDDEN, "not-your-agency"),

	NOT_YOUR_AGENCY_TO_IMPORT(HttpStatus.FORBIDDEN, "not-your-agency"),

	NOT_A_COORDINATOR(HttpStatus.FORBIDDEN, "not-a-coordinator"),

	NOT_A_COORDINATOR_TO_IMPORT_ACCEPTED(HttpStatus.FORBIDDEN, "not-a-coordinator"),

	YEAR_IN_FUTURE(HttpStatus.BAD_REQUEST, "invalid-year"),

	INVALID_FORMAT(HttpStatus.BAD_REQUEST, "invalid-format"),

	FORMAT_DOES_NOT_FIT_YEAR(HttpStatus.UNPROCESSABLE_CONTENT, "format-does-not-fit-year"),

	UNKNOWN_CELL(HttpStatus.BAD_REQUEST, "unknown-cell"),

	NEGATIVE_COUNT(HttpStatus.BAD_REQUEST, "negative-count"),

	UNKNOWN_METRIC(HttpStatus.BAD_REQUEST, "unknown-metric"),

	UNKNOWN_SECTION(HttpStatus.BAD_REQUEST, "unknown-section"),

	FIELD_NOT_IN_FORMAT(HttpStatus.BAD_REQUEST, "field-not-in-format"),

	INVALID_SORT(HttpStatus.BAD_REQUEST, "invalid-sort"),

	REPORT_BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "body-too-large"),

	PRECONDITION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED, "precondition-required"),

	REPORT_CHANGED(HttpStatus.PRECONDITION_FAILED, "report-changed"),

	UNKNOWN_REVISION(HttpStatus.PRECONDITION_FAILED, "report-changed"),

	NOT_PUBLISHED(HttpStatus.CONFLICT, "not-published"),

	NOT_PUBLISHED_BUT_EDITABLE(HttpStatus.CONFLICT, "not-published"),

	REPORT_LOCKED(HttpStatus.CONFLICT, "report-locked"),

	PUBLISHED_REPORT_LOCKED(HttpStatus.CONFLICT, "report-locked"),

	REPORT_UNDER_REVIEW(HttpStatus.CONFLICT, "report-under-review"),

	REPORT_HAS_ERRORS(HttpStatus.UNPROCESSABLE_CONTENT, "report-has-errors"),

	WARNINGS_NEED_EXPLANATIONS(HttpStatus.UNPROCESSABLE_CONTENT, "warnings-need-explanations"),

	NOT_LOCKED(HttpStatus.CONFLICT, "not-locked"),

	WRONG_STATUS(HttpStatus.CONFLICT, "wrong-status"),

	INVALID_COMMENT_TARGET(HttpStatus.BAD_REQUEST, "invalid-comment-target"),

	NO_CURRENT_VERSION(HttpStatus.NOT_FOUND, "no-current-version"),

	INVALID_VERSION(HttpStatus.BAD_REQUEST, "invalid-version"),

	NO_RETURNED_VERSION(HttpStatus.NOT_FOUND, "no-returned-version"),

	REPORT_NOT_DISCARDABLE(HttpStatus.CONFLICT, "report-not-discardable"),

	VERSION_NOT_FOUND(HttpStatus.NOT_FOUND, "version-not-found"),

	TEMPLATE_NOT_FOUND(HttpStatus.NOT_FOUND, "template-not-found"),

	NO_LEGACY_TEMPLATE(HttpStatus.NOT_FOUND, "template-not-found"),

	INVALID_IDEMPOTENCY_KEY(HttpStatus.BAD_REQUEST, "invalid-idempotency-key"),

	IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused"),

	DOCUMENT_NOT_AN_OBJECT(HttpStatus.BAD_REQUEST, "malformed-body"),

	MALFORMED_DOCUMENT(HttpStatus.BAD_REQUEST, "malformed-body"),

	UNSUPPORTED_SCHEMA_VERSION(HttpStatus.UNPROCESSABLE_CONTENT, "unsupported-schema-version"),

	AGENCY_MISMATCH(HttpStatus.UNPROCESSABLE_CONTENT, "agency-mismatch"),

	BULK_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"),

	UPLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "body-too-large"),

	UPLOAD_NOT_JSON(HttpStatus.BAD_REQUEST, "malformed-body"),

	UPLOAD_NOT_AN_ARRAY(HttpStatus.BAD_REQUEST, "malformed-body"),

	LINE_NOT_JSON(HttpStatus.BAD_REQUEST, "malformed-body"),

	EMPTY_UPLOAD(HttpStatus.BAD_REQUEST, "empty-upload"),

	TOO_MANY_DOCUMENTS(HttpStatus.CONTENT_TOO_LARGE, "too-many-documents"),

	DUPLICATE_IN_UPLOAD(HttpStatus.UNPROCESSABLE_CONTENT, "duplicate-in-upload"),

	UPLOAD_REFUSED(HttpStatus.UNPROCESSABLE_CONTENT, "upload-refused"),

	UPLOAD_PARTLY_STORED(HttpStatus.CONFLICT, "upload-partly-stored"),

	MISSING_FILE(HttpStatus.BAD_REQUEST, "missing-file"),

	EMPTY_FILE(HttpStatus.BAD_REQUEST, "empty-file"),

	FILE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "file-too-large"),

	IMAGE_NOT_SUPPORTED(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "image-not-supported"),

	UNSUPPORTED_FORMAT(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-format"),

	NO_TEXT_LAYER(HttpStatus.UNPROCESSABLE_CONTENT, "no-text-layer"),

	UNREADABLE_FILE(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-file"),

	PREVIEW_TEXT_TOO_LONG(HttpStatus.CONTENT_TOO_LARGE, "text-too-long"),

	PREVIEW_NOT_FOUND(HttpStatus.NOT_FOUND, "preview-not-found"),

	PREVIEW_EXPIRED(HttpStatus.GONE, "preview-expired"),

	PREVIEW_CHANGED(HttpStatus.CONFLICT, "preview-changed"),

	NO_DECISIONS(HttpStatus.BAD_REQUEST, "no-decisions"),

	INVALID_DECISIONS(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-decisions"),

	PREVIEW_WITHOUT_YEAR(HttpStatus.UNPROCESSABLE_CONTENT, "preview-incomplete"),

	PREVIEW_WITHOUT_AGENCY(HttpStatus.UNPROCESSABLE_CONTENT, "preview-incomplete"),

	ORIGINAL_TEXT_TOO_LONG(HttpStatus.UNPROCESSABLE_CONTENT, "text-too-long"),

	CELLS_NOT_IN_FORMAT(HttpStatus.UNPROCESSABLE_CONTENT, "cells-not-in-format"),

	UNKNOWN_AGENCY(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-agency"),

	REGISTRY_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "registry-unavailable"),

	AGENCY_UNMATCHED(HttpStatus.CONFLICT, "agency-choice-required"),

	AGENCY_DOUBTFUL(HttpStatus.CONFLICT, "agency-choice-required"),

	EMPTY_BATCH(HttpStatus.BAD_REQUEST, "empty-batch"),

	UNREADABLE_ARCHIVE(HttpStatus.BAD_REQUEST, "unreadable-archive"),

	UNSAFE_ARCHIVE(HttpStatus.BAD_REQUEST, "unsafe-archive"),

	TOO_MANY_FILES(HttpStatus.CONTENT_TOO_LARGE, "batch-too-large"),

	BATCH_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "batch-too-large"),

	IMPORT_BUSY(HttpStatus.SERVICE_UNAVAILABLE, "import-busy"),

	BATCH_NOT_FOUND(HttpStatus.NOT_FOUND, "batch-not-found"),

	BATCH_FINISHED(HttpStatus.CONFLICT, "batch-finished");

	private final HttpStatus status;

	private final String slug;

	ReportProblem(HttpStatus status, String slug) {
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
