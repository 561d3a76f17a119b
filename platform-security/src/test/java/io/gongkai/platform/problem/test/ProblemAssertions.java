package io.gongkai.platform.problem.test;

import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every refusal must be: {@code application/problem+json} with a type, a title and a
 * detail, and nothing of Java in it.
 */
public final class ProblemAssertions {

	/**
	 * Words that betray Java in an answer: packages, exception and parser names,
	 * generics.
	 */
	public static final Pattern JAVA_NAMES = Pattern.compile(
			"java\\.|javax\\.|jakarta\\.|org\\.[a-z]|com\\.[a-z]|tools\\.jackson|Exception|JsonToken|VALUE_[A-Z]|START_OBJECT"
					+ "|<String|LinkedHashMap|HashMap|ArrayList|StreamReadConstraints|\\bat [a-z]+\\.[a-z]");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemAssertions() {
	}

	/** Whether the text names something of Java. */
	public static boolean leaksJava(String body) {
		return JAVA_NAMES.matcher(body).find();
	}

	/**
	 * Asserts the answer is a problem and returns it.
	 */
	public static JsonNode assertProblem(int status, String contentType, String body) {
		assertThat(status).as("status of %s", body).isBetween(400, 499);
		assertThat(contentType).as("content type of %s", body).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(body);
		assertThat(problem.path("type").asString()).as("type of %s", body).startsWith("https://gongkai.io/problems/");
		assertThat(problem.path("title").asString()).as("title of %s", body).isNotBlank();
		assertThat(problem.path("detail").asString()).as("detail of %s", body).isNotBlank();
		assertThat(leaksJava(body)).as("Java in %s", body).isFalse();
		return problem;
	}

}
