package io.gongkai.platform.problem;

import org.springframework.http.HttpStatus;

/**
 * The problems every servlet service shares: refusals of the request itself (its address,
 * headers, body or form upload), of the caller's token or role, and failures. Their texts
 * are in {@code platform-problems_zh.properties} and
 * {@code platform-problems_en.properties}.
 */
public enum PlatformProblem implements ProblemType {

	BAD_REQUEST(HttpStatus.BAD_REQUEST, "bad-request"),

	UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated"),

	FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden"),

	NO_PROVINCE(HttpStatus.FORBIDDEN, "no-province"),

	NOT_FOUND(HttpStatus.NOT_FOUND, "not-found"),

	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed"),

	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable"),

	BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "body-too-large"),

	URI_TOO_LONG(HttpStatus.URI_TOO_LONG, "uri-too-long"),

	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"),

	HEADERS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers-too-large"),

	HTTP_VERSION_NOT_SUPPORTED(HttpStatus.HTTP_VERSION_NOT_SUPPORTED, "http-version-not-supported"),

	SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable"),

	INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error"),

	/** A refusal known only by its status, given as the argument. */
	REQUEST_REFUSED(HttpStatus.BAD_REQUEST, "request-refused"),

	REJECTED_ADDRESS(HttpStatus.BAD_REQUEST, "rejected-address"),

	/** A header's value is malformed: the header's name and what it should be. */
	INVALID_HEADER(HttpStatus.BAD_REQUEST, "invalid-header"),

	INVALID_MEDIA_TYPE(HttpStatus.BAD_REQUEST, "invalid-header"),

	INVALID_FIELDS(HttpStatus.BAD_REQUEST, "invalid-request"),

	INVALID_PARAMETERS(HttpStatus.BAD_REQUEST, "invalid-request"),

	INVALID_VALUES(HttpStatus.BAD_REQUEST, "invalid-request"),

	MISSING_BODY(HttpStatus.BAD_REQUEST, "malformed-body"),

	UNREADABLE_BODY(HttpStatus.BAD_REQUEST, "malformed-body"),

	/** What is wrong with a JSON body and where, given as the argument. */
	MALFORMED_BODY(HttpStatus.BAD_REQUEST, "malformed-body"),

	/** A character that cannot be printed: where, its position and the character. */
	UNPRINTABLE_TEXT(HttpStatus.BAD_REQUEST, "unprintable-text"),

	UNPRINTABLE_FILE_NAME(HttpStatus.BAD_REQUEST, "unprintable-text"),

	MALFORMED_MULTIPART(HttpStatus.BAD_REQUEST, "malformed-multipart"),

	/** A form part's headers too long: the limit in bytes and the longest file name. */
	PART_HEADERS_TOO_LONG(HttpStatus.BAD_REQUEST, "file-name-too-long"),

	/** The file name's length and the longest allowed. */
	FILE_NAME_TOO_LONG(HttpStatus.BAD_REQUEST, "file-name-too-long");

	private final HttpStatus status;

	private final String slug;

	PlatformProblem(HttpStatus status, String slug) {
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
