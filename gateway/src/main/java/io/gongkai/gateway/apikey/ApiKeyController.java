package io.gongkai.gateway.apikey;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import io.gongkai.gateway.problem.GatewayProblem;
import io.gongkai.gateway.problem.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * The public API keys: anyone asks for one ({@code POST /api/public/api-keys}, no
 * sign-in; the key is in that answer only); the platform admin lists them with their uses
 * ({@code GET /api/api-keys}) and revokes one ({@code POST
 * /api/api-keys/{id}/revocation}).
 */
@RestController
@Tag(name = "API keys", description = "公开查询的 接口密钥：任何人可申请，平台管理员可查看和吊销")
@SecurityScheme(name = "publicApiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
		paramName = ProblemResponses.API_KEY_HEADER,
		description = "公开查询（/api/public/**）可选的 接口密钥：带上它，限额按密钥计算（较高）；不带则按客户端网络地址计算（较低）。" + "未知的密钥得到 401，已吊销的得到 403。")
class ApiKeyController {

	private static final String PLATFORM_ADMIN = "platform-admin";

	private final ApiKeys keys;

	private final ProblemResponses problems;

	ApiKeyController(ApiKeys keys, ProblemResponses problems) {
		this.keys = keys;
		this.problems = problems;
	}

	@PostMapping("/api/public/api-keys")
	@Operation(summary = "申请 接口密钥", description = "姓名、电子邮件或单位、用途；回答中的 key 只显示这一次，平台只保存它的 SHA-256。"
			+ "之后在公开查询的请求中以 X-Api-Key 请求头发送。"
			+ "每个网络地址 24 小时内可申请的数量有限（gongkai.gateway.api-keys.requests-per-address-per-day），超过时得到 429 和 Retry-After。")
	Mono<ResponseEntity<Object>> request(@RequestBody(required = false) @Nullable KeyRequest request,
			ServerWebExchange exchange) {
		Map<String, String> errors = (request != null) ? request.errors() : KeyRequest.EMPTY_ERRORS;
		if (!errors.isEmpty()) {
			ProblemDetail problem = problem(exchange, GatewayProblem.API_KEY_REQUEST_INVALID);
			problem.setProperty("errors",
					errors.entrySet()
						.stream()
						.map((error) -> Map.of("field", error.getKey(), "message", error.getValue()))
						.toList());
			return Mono.just(answer(problem));
		}
		String address = clientAddress(exchange);
		return Mono
			.fromCallable(() -> this.keys
				.issue(request.name().strip(), request.contact().strip(), request.purpose().strip(), address)
				.<ResponseEntity<Object>>map((issued) -> ResponseEntity.status(HttpStatus.CREATED)
					.header(HttpHeaders.CACHE_CONTROL, "no-store")
					.body(new IssuedKeyView(issued.stored().id(), issued.key(), issued.stored().name(),
							issued.stored().createdAt(), ProblemResponses.API_KEY_HEADER)))
				.orElseGet(() -> tooMany(exchange, address)))
			.subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * 429: the address asked for as many keys as it may in a day; when it may ask again.
	 */
	private ResponseEntity<Object> tooMany(ServerWebExchange exchange, String address) {
		GatewayProblem kind = GatewayProblem.API_KEY_REQUESTS_EXCEEDED;
		ProblemDetail problem = this.problems.problem(exchange, kind.status(), kind.slug(), kind.title(),
				kind.detail(this.keys.perAddressPerDay()));
		long seconds = Math.max(1, this.keys.untilAllowed(address).toSeconds());
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.CONTENT_LANGUAGE, ProblemResponses.contentLanguage(problem))
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
			.body(this.problems.body(problem));
	}

	/**
	 * The address the request came from: the connection's peer, never a header the client
	 * sets (as the public read's limit takes it).
	 */
	private static String clientAddress(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown";
	}

	@GetMapping("/api/api-keys")
	@Operation(summary = "所有 接口密钥及其使用次数（平台管理员）")
	Mono<ResponseEntity<Object>> list(ServerWebExchange exchange) {
		return asPlatformAdmin(exchange, Mono
			.fromCallable(() -> ResponseEntity.ok((Object) this.keys.all().stream().map(KeyView::of).toList())));
	}

	@PostMapping("/api/api-keys/{id}/revocation")
	@Operation(summary = "吊销 接口密钥（平台管理员）", description = "吊销后，该密钥在本网关立即、在其他网关 10 秒内被拒绝（403）。")
	Mono<ResponseEntity<Object>> revoke(@PathVariable String id, ServerWebExchange exchange) {
		return asPlatformAdmin(exchange,
				Mono.fromCallable(() -> this.keys.revoke(id)
					.<ResponseEntity<Object>>map((key) -> ResponseEntity.ok(KeyView.of(key)))
					.orElseGet(() -> answer(problem(exchange, GatewayProblem.API_KEY_NOT_FOUND)))));
	}

	private Mono<ResponseEntity<Object>> asPlatformAdmin(ServerWebExchange exchange,
			Mono<ResponseEntity<Object>> work) {
		return exchange.getPrincipal()
			.map(ApiKeyController::isPlatformAdmin)
			.defaultIfEmpty(false)
			.flatMap((admin) -> admin ? work.subscribeOn(Schedulers.boundedElastic())
					: Mono.just(answer(problem(exchange, GatewayProblem.PLATFORM_ADMIN_ONLY))));
	}

	private static boolean isPlatformAdmin(Object principal) {
		Object roles = null;
		if (principal instanceof JwtAuthenticationToken token) {
			roles = token.getToken().getClaims().get("roles");
		}
		else if (principal instanceof OAuth2AuthenticationToken token
				&& token.getPrincipal() instanceof OidcUser user) {
			roles = user.getClaims().get("roles");
		}
		return roles instanceof Collection<?> names && names.contains(PLATFORM_ADMIN);
	}

	private ProblemDetail problem(ServerWebExchange exchange, GatewayProblem kind) {
		return this.problems.problem(exchange, kind.status(), kind.slug(), kind.title(), kind.detail());
	}

	private ResponseEntity<Object> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.CONTENT_LANGUAGE, ProblemResponses.contentLanguage(problem))
			.body(this.problems.body(problem));
	}

	/** What someone asking for a key says about themselves. */
	record KeyRequest(@Nullable String name, @Nullable String contact, @Nullable String purpose) {

		static final Map<String, String> EMPTY_ERRORS = new KeyRequest(null, null, null).errors();

		/** Each missing or too long field, with the rule it breaks. */
		Map<String, String> errors() {
			Map<String, String> errors = new LinkedHashMap<>();
			check(errors, "name", this.name, 100);
			check(errors, "contact", this.contact, 200);
			check(errors, "purpose", this.purpose, 1000);
			return errors;
		}

		private static void check(Map<String, String> errors, String field, @Nullable String value, int most) {
			if (value == null || value.isBlank()) {
				errors.put(field, "required");
			}
			else if (value.strip().length() > most) {
				errors.put(field, "at most " + most);
			}
		}

	}

	/** A key just issued: {@code key} is shown this once. */
	record IssuedKeyView(String id, String key, String name, Instant createdAt, String header) {

		@Override
		public String toString() {
			return "IssuedKeyView[id=" + this.id + ", key=<hidden>, name=" + this.name + "]";
		}

	}

	/** A key as the platform admin sees it: never the key, never its hash. */
	record KeyView(String id, String name, String contact, String purpose, Instant createdAt,
			@Nullable Instant revokedAt, long uses, @Nullable Instant lastUsedAt) {

		static KeyView of(ApiKey key) {
			return new KeyView(key.id(), key.name(), key.contact(), key.purpose(), key.createdAt(), key.revokedAt(),
					key.uses(), key.lastUsedAt());
		}

	}

}
