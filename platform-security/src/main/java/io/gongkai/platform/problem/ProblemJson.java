package io.gongkai.platform.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ProblemDetail;

/**
 * A problem as the JSON an {@code application/problem+json} response carries, for the
 * places that write responses before Spring MVC does (filters, the servlet container).
 */
public final class ProblemJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemJson() {
	}

	public static String of(ProblemDetail problem) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", String.valueOf(problem.getType()));
		members.put("title", problem.getTitle());
		members.put("status", problem.getStatus());
		members.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			members.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			problem.getProperties().forEach(members::putIfAbsent);
		}
		return JSON.writeValueAsString(members);
	}

}
