package io.gongkai.platform.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The problem for a refusal known only by its status: what the servlet container refuses
 * before a controller is reached (an unknown path, a malformed request line, a header or
 * address too long).
 */
public final class StatusProblems {

	private StatusProblems() {
	}

	public static ProblemDetail of(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		HttpStatusCode code = HttpStatusCode.valueOf((status >= 400 && status <= 599) ? status : 500);
		return switch ((known != null) ? known : HttpStatus.INTERNAL_SERVER_ERROR) {
			case BAD_REQUEST -> Problems.of(code, "bad-request", "Bad request", "请求无法解读：检查请求行、地址中的字符（需要时做百分号编码）和请求头。");
			case UNAUTHORIZED -> Problems.of(code, "unauthenticated", "Authentication required",
					"请以 'Authorization: Bearer <token>' 发送有效、未过期的访问令牌。");
			case FORBIDDEN -> Problems.of(code, "forbidden", "Not allowed", "你的账户角色不允许这个请求。");
			case NOT_FOUND -> Problems.of(code, "not-found", "Not found", "这个地址上没有资源：检查路径。");
			case METHOD_NOT_ALLOWED ->
				Problems.of(code, "method-not-allowed", "Method not allowed", "这个地址不接受这个 HTTP 方法。");
			case NOT_ACCEPTABLE -> Problems.of(code, "not-acceptable", "Not acceptable", "无法以 Accept 请求头要求的格式回答。");
			case CONTENT_TOO_LARGE ->
				Problems.of(code, "body-too-large", "Request body too large", "请求体超过了服务接受的大小：发送更少的内容。");
			case URI_TOO_LONG ->
				Problems.of(code, "uri-too-long", "Address too long", "请求地址（路径和查询参数）过长：缩短它，或把内容放进请求体。");
			case UNSUPPORTED_MEDIA_TYPE ->
				Problems.of(code, "unsupported-media-type", "Unsupported media type", "不接受这个 Content-Type：检查请求体的格式。");
			case REQUEST_HEADER_FIELDS_TOO_LARGE ->
				Problems.of(code, "headers-too-large", "Request headers too large", "请求头过大：缩短或删去多余的请求头。");
			case HTTP_VERSION_NOT_SUPPORTED ->
				Problems.of(code, "http-version-not-supported", "HTTP version not supported", "请用 HTTP/1.1 或 HTTP/2。");
			case SERVICE_UNAVAILABLE ->
				Problems.of(code, "service-unavailable", "Service unavailable", "服务暂时不可用：稍后再试。");
			default -> (status >= 500)
					? Problems.of(code, "internal-error", "Internal error", "请求未能完成。已记录；请重试，或报告关联编号（X-Correlation-Id）。")
					: Problems.of(code, "request-refused", "Request refused", "请求被拒绝（HTTP " + status + "）。");
		};
	}

}
