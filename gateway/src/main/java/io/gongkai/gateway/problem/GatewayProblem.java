package io.gongkai.gateway.problem;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;

/**
 * The gateway's own refusals, each with its status and the slug of its type; the titles
 * and details are in {@code gateway-problems_zh.properties} and
 * {@code gateway-problems_en.properties} ({@code <key>.title}, {@code <key>.detail}, the
 * key being the constant's name in lower case with hyphens).
 */
public enum GatewayProblem {

	NOT_FOUND(HttpStatus.NOT_FOUND, "not-found"),

	/** The method, as the argument. */
	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed"),

	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable"),

	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"),

	SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable"),

	/** The service behind the gateway, as the argument. */
	SERVICE_FALLBACK(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable"),

	INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error"),

	/** The status the gateway could not handle, as the argument. */
	INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request"),

	TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests"),

	/** The public read's limit, per client address. */
	PUBLIC_TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests"),

	/** The public read's limit of an API key. */
	API_KEY_TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests"),

	/**
	 * A public read that found no turn within the longest wait, the gateway passing on as
	 * many public reads as it may at once.
	 */
	PUBLIC_READ_BUSY(HttpStatus.SERVICE_UNAVAILABLE, "public-read-busy"),

	/** An {@code X-Api-Key} the platform never issued. */
	API_KEY_UNKNOWN(HttpStatus.UNAUTHORIZED, "invalid-api-key"),

	/** An {@code X-Api-Key} the platform admin revoked. */
	API_KEY_REVOKED(HttpStatus.FORBIDDEN, "api-key-revoked"),

	/** The store that holds the keys cannot be reached. */
	API_KEY_UNCHECKED(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable"),

	/** A request for a key lacking a field or with one too long. */
	API_KEY_REQUEST_INVALID(HttpStatus.BAD_REQUEST, "invalid-request"),

	/**
	 * A client address that asked for as many keys as it may in a day; the limit as the
	 * argument.
	 */
	API_KEY_REQUESTS_EXCEEDED(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests"),

	/** Revoking a key id that does not exist. */
	API_KEY_NOT_FOUND(HttpStatus.NOT_FOUND, "not-found"),

	/** The API keys' list and revocation, for anyone but the platform admin. */
	PLATFORM_ADMIN_ONLY(HttpStatus.FORBIDDEN, "forbidden"),

	BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "request-too-large"),

	/** The limit, as the argument. */
	BODY_OVER_LIMIT(HttpStatus.CONTENT_TOO_LARGE, "request-too-large"),

	REQUEST_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "request-too-large"),

	URI_TOO_LONG(HttpStatus.URI_TOO_LONG, "uri-too-long"),

	HEADERS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers-too-large"),

	MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request"),

	INVALID_TOKEN(HttpStatus.UNAUTHORIZED, "unauthenticated"),

	TOKEN_REQUIRED(HttpStatus.UNAUTHORIZED, "unauthenticated"),

	CSRF_TOKEN_MISSING(HttpStatus.FORBIDDEN, "forbidden"),

	FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden"),

	REJECTED_REQUEST(HttpStatus.BAD_REQUEST, "rejected-request");

	/** The basename of the gateway's problem texts. */
	static final String BUNDLE = "gateway-problems";

	private static final ResourceBundleMessageSource TEXTS = texts();

	private final HttpStatus status;

	private final String slug;

	GatewayProblem(HttpStatus status, String slug) {
		this.status = status;
		this.slug = slug;
	}

	/** The HTTP status the problem is answered with. */
	public HttpStatus status() {
		return this.status;
	}

	/** The last segment of the problem's {@code type} URI. */
	public String slug() {
		return this.slug;
	}

	/** The key of the problem's texts in the bundles. */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The title, in Chinese and in English. */
	public Words title() {
		return words(".title");
	}

	/** The detail with its arguments, in Chinese and in English. */
	public Words detail(Object... args) {
		return words(".detail", args);
	}

	private Words words(String suffix, Object... args) {
		Object[] plain = Arrays.stream(args).map(String::valueOf).toArray();
		return new Words(TEXTS.getMessage(key() + suffix, plain, Locale.CHINESE),
				TEXTS.getMessage(key() + suffix, plain, Locale.ENGLISH));
	}

	private static ResourceBundleMessageSource texts() {
		ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
		texts.setBasename(BUNDLE);
		texts.setDefaultEncoding("UTF-8");
		texts.setFallbackToSystemLocale(false);
		texts.setAlwaysUseMessageFormat(true);
		return texts;
	}

}
