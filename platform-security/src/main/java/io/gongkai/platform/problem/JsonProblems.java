package io.gongkai.platform.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.ProblemDetail;

/**
 * Says in plain words what is wrong with a JSON body and where (the field's path, such as
 * {@code cells.t3.new_received.total}), never in the parser's own words, which name Java
 * types and constants.
 */
public final class JsonProblems {

	/** The text the parser refused to read as another type, from its own message. */
	private static final Pattern COERCED_TEXT = Pattern.compile("^Cannot coerce String value \\(\"(.{0,60})\"\\)");

	private JsonProblems() {
	}

	/**
	 * The problem for a body the parser refused.
	 * @param exception what the parser threw
	 * @param malformed the kind of problem, such as
	 * {@link PlatformProblem#MALFORMED_BODY}, whose detail is what is wrong and where
	 */
	public static ProblemDetail of(JacksonException exception, ProblemType malformed) {
		return of(exception, malformed, (field) -> Optional.empty());
	}

	/**
	 * The problem for a body the parser refused, naming the field by the label a person
	 * knows, when the service has one for its path, beside the path.
	 * @param labels the label of the field at a path, in the request's language
	 */
	public static ProblemDetail of(JacksonException exception, ProblemType malformed,
			Function<String, Optional<String>> labels) {
		String field = path(exception);
		Optional<String> named = field.isEmpty() ? Optional.empty() : labels.apply(field);
		Object at = field.isEmpty() ? label("label.body")
				: named.<Object>map((name) -> label("label.field-named", name, field))
					.orElseGet(() -> label("label.field", field));
		ProblemDetail problem;
		if (exception instanceof StrictJson.UnprintableTextException unprintable) {
			problem = Problems.of(PlatformProblem.UNPRINTABLE_TEXT, at, unprintable.position(),
					unprintable.character());
		}
		else if (exception instanceof StrictJson.OperatorKeyException operator) {
			problem = Problems.of(malformed, label("label.json.operator-key", at, shortened(operator.key())));
		}
		else {
			problem = Problems.of(malformed, describe(exception, at, field.isEmpty()));
		}
		if (!field.isEmpty()) {
			problem.setProperty("field", field);
			named.ifPresent((name) -> problem.setProperty("label", name));
		}
		return problem;
	}

	/** The path of the field where the body went wrong, empty for the body as a whole. */
	public static String path(JacksonException exception) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : exception.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static MessageSourceResolvable describe(JacksonException exception, Object at, boolean wholeBody) {
		if (exception instanceof PropertyBindingException) {
			return label("label.json.unknown-field", at);
		}
		if (exception instanceof InvalidNullException) {
			return label("label.json.null", at);
		}
		if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			Class<?> target = mismatch.getTargetType();
			if (target.isEnum() && exception instanceof InvalidFormatException format
					&& format.getValue() instanceof String value) {
				return label("label.json.not-accepted", at, shortened(value), expected(target));
			}
			Object got = received(mismatch);
			if (exception instanceof InvalidFormatException format
					&& (format.getValue() instanceof String || format.getValue() instanceof Number)) {
				Object value = format.getValue();
				Object kind = (value instanceof String) ? label("label.json.text")
						: (value instanceof Double || value instanceof Float || value instanceof BigDecimal)
								? label("label.json.decimal") : label("label.json.integer");
				got = label("label.json.value", (got != null) ? got : kind, shortened(String.valueOf(value)));
			}
			else if (mismatch.getOriginalMessage() != null) {
				Matcher coerced = COERCED_TEXT.matcher(mismatch.getOriginalMessage());
				if (coerced.find()) {
					got = label("label.json.text-value", shortened(coerced.group(1)));
				}
			}
			return (got != null) ? label("label.json.expected-got", at, expected(target), got)
					: label("label.json.expected", at, expected(target));
		}
		if (exception instanceof StreamConstraintsException) {
			return label("label.json.too-large", at);
		}
		if (exception instanceof UnexpectedEndOfInputException) {
			return label("label.json.cut-short");
		}
		if (exception instanceof StreamReadException) {
			return label("label.json.not-json", location(exception.getLocation()));
		}
		return label("label.json.wrong-format", at);
	}

	private static Object location(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return label("label.json.at", location.getLineNr(), location.getColumnNr());
	}

	private static MessageSourceResolvable received(MismatchedInputException mismatch) {
		JsonToken token = mismatch.getCurrentToken();
		if (token == null) {
			return null;
		}
		return switch (token) {
			case VALUE_STRING -> label("label.json.text");
			case VALUE_NUMBER_INT -> label("label.json.integer");
			case VALUE_NUMBER_FLOAT -> label("label.json.decimal");
			case VALUE_TRUE, VALUE_FALSE -> label("label.json.boolean");
			case VALUE_NULL -> label("label.json.null-value");
			case START_OBJECT -> label("label.json.object");
			case START_ARRAY -> label("label.json.list");
			default -> null;
		};
	}

	/** What a value of the type is, in words. */
	static MessageSourceResolvable expected(Class<?> type) {
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == Byte.class || type == byte.class
				|| type == BigInteger.class) {
			return label("label.json.integer");
		}
		if (type == Double.class || type == double.class || type == Float.class || type == float.class
				|| type == BigDecimal.class || type == Number.class) {
			return label("label.json.number");
		}
		if (type == String.class || type == CharSequence.class || type == char.class || type == Character.class) {
			return label("label.json.quoted-text");
		}
		if (type == Boolean.class || type == boolean.class) {
			return label("label.json.boolean");
		}
		if (type == LocalDate.class) {
			return label("label.json.date");
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return label("label.json.time");
		}
		if (type.isEnum()) {
			return label("label.json.one-of",
					Arrays.stream(type.getEnumConstants())
						.map((constant) -> jsonName((Enum<?>) constant))
						.collect(Collectors.joining(", ")));
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return label("label.json.list");
		}
		if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
			return label("label.json.object");
		}
		return label("label.json.other");
	}

	private static String jsonName(Enum<?> constant) {
		try {
			JsonProperty property = constant.getDeclaringClass()
				.getField(constant.name())
				.getAnnotation(JsonProperty.class);
			return (property != null && !property.value().isEmpty()) ? property.value() : constant.name();
		}
		catch (NoSuchFieldException ex) {
			return constant.name();
		}
	}

	private static MessageSourceResolvable label(String key, Object... args) {
		return ProblemMessages.label(key, args);
	}

	private static String shortened(String value) {
		String printable = (PrintableText.firstUnprintable(value) >= 0) ? ProblemMessages.text("label.json.unprintable")
				: value;
		return (printable.length() > 40) ? printable.substring(0, 40) + "…" : printable;
	}

}
