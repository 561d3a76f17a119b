package io.gongkai.gateway.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes the gateway's RFC 9457 problem responses: a stable {@code type} per kind of
 * problem, a human title, a detail that says what to do and the request path as
 * {@code instance}. The same shapes the services answer with.
 */
@Component
public class ProblemResponses {

	/** The base of every problem type URI. */
	public static final String TYPE_BASE = "https://gongkai.io/problems/";

	/**
	 * The request header a public API key comes in: a 429 of a request that carries one
	 * names the key's limit rather than the client address's.
	 */
	public static final String API_KEY_HEADER = "X-Api-Key";

	private final JsonMapper jsonMapper;

	ProblemResponses(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Builds a problem for the given exchange, its {@code instance} being the path the
	 * caller asked for (before any internal forward), its title and detail in Chinese
	 * unless the caller's {@code Accept-Language} asks for English first.
	 */
	public ProblemDetail problem(ServerWebExchange exchange, HttpStatus status, String type, Words title,
			Words detail) {
		boolean english = prefersEnglish(exchange);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail.in(english));
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title.in(english));
		problem.setInstance(URI.create(originalPath(exchange)));
		return problem;
	}

	/** Whether the caller of the exchange asks for English rather than Chinese. */
	public static boolean prefersEnglish(ServerWebExchange exchange) {
		return Words.prefersEnglish(exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
	}

	/** The problem as the JSON members RFC 9457 defines, extensions last. */
	public Map<String, Object> body(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", String.valueOf(problem.getInstance()));
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

	/** Writes the problem as the response, unless a response was already sent. */
	public Mono<Void> write(ServerHttpResponse response, ProblemDetail problem) {
		if (response.isCommitted()) {
			return Mono.empty();
		}
		response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, contentLanguage(problem));
		byte[] json = this.jsonMapper.writeValueAsBytes(body(problem));
		response.getHeaders().setContentLength(json.length);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(json)));
	}

	/** The language the problem's title is in: Chinese unless it is plain ASCII. */
	public static String contentLanguage(ProblemDetail problem) {
		String title = String.valueOf(problem.getTitle());
		return Words.contentLanguage(title.chars().allMatch((c) -> c < 128));
	}

	private static String originalPath(ServerWebExchange exchange) {
		Set<URI> originals = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
		if (originals != null && !originals.isEmpty()) {
			return originals.iterator().next().getRawPath();
		}
		return exchange.getRequest().getPath().value();
	}

}
