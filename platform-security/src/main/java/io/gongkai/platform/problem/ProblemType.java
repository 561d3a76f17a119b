package io.gongkai.platform.problem;

import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * A kind of problem a service answers: its HTTP status and the stable slug of its
 * {@code type} URI. Each service lists its kinds in an enumeration; the title and the
 * detail come from the message bundles under {@link #key()} ({@code KEY.title},
 * {@code KEY.detail}), in Chinese and in English.
 */
public interface ProblemType {

	/** The HTTP status the problem is answered with. */
	HttpStatus status();

	/** The last segment of the problem's {@code type} URI, stable across releases. */
	String slug();

	/** The constant's name, as an enumeration has it. */
	String name();

	/**
	 * The key of the problem's texts in the bundles: the constant's name in lower case
	 * with hyphens, such as {@code report-not-found}.
	 */
	default String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
