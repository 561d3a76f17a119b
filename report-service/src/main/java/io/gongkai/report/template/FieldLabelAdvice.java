package io.gongkai.report.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Puts the label a person knows beside every field path of a problem: {@code label} next
 * to the problem's {@code field}, and next to the {@code field} of each of its
 * {@code errors} (see {@link FieldLabels}). The paths stay for programs.
 */
@RestControllerAdvice
class FieldLabelAdvice implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem) {
			label(problem);
		}
		return body;
	}

	static void label(ProblemDetail problem) {
		Map<String, Object> properties = problem.getProperties();
		if (properties == null) {
			return;
		}
		if (properties.get("field") instanceof String field && !properties.containsKey("label")) {
			FieldLabels.of(field).ifPresent((label) -> problem.setProperty("label", label));
		}
		if (properties.get("errors") instanceof List<?> errors) {
			problem.setProperty("errors", errors.stream().map(FieldLabelAdvice::labelled).toList());
		}
	}

	private static Object labelled(Object error) {
		if (error instanceof Map<?, ?> map && map.get("field") instanceof String field && !map.containsKey("label")) {
			return FieldLabels.of(field).<Object>map((label) -> {
				Map<Object, Object> withLabel = new LinkedHashMap<>(map);
				withLabel.put("label", label);
				return withLabel;
			}).orElse(error);
		}
		return error;
	}

}
