package io.gongkai.platform.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
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

import org.springframework.http.HttpStatus;
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
	 * @param title the problem's title, such as "Malformed request body"
	 */
	public static ProblemDetail of(JacksonException exception, String title) {
		String field = path(exception);
		String at = field.isEmpty() ? "请求体" : "字段 '" + field + "'";
		ProblemDetail problem;
		if (exception instanceof StrictJson.UnprintableTextException unprintable) {
			problem = Problems.of(HttpStatus.BAD_REQUEST, "unprintable-text", "Text that cannot be printed", at + " 的第 "
					+ unprintable.position() + " 个字符 " + unprintable.character() + " 无法打印：文字只能含可打印字符、制表符和换行。");
		}
		else if (exception instanceof StrictJson.OperatorKeyException operator) {
			problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", title,
					at + " 的键 '" + shortened(operator.key()) + "' 以 $ 开头：键不能以 $ 开头。");
		}
		else {
			problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", title, describe(exception, at));
		}
		if (!field.isEmpty()) {
			problem.setProperty("field", field);
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

	private static String describe(JacksonException exception, String at) {
		if (exception instanceof PropertyBindingException) {
			return at + " 不是这里认识的字段：删去它，或检查拼写。";
		}
		if (exception instanceof InvalidNullException) {
			return at + " 不能为 null。";
		}
		if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			Class<?> target = mismatch.getTargetType();
			if (target.isEnum() && exception instanceof InvalidFormatException format
					&& format.getValue() instanceof String value) {
				return at + " 不接受 '" + shortened(value) + "'：应为 " + expected(target) + "。";
			}
			String got = received(mismatch);
			if (exception instanceof InvalidFormatException format
					&& (format.getValue() instanceof String || format.getValue() instanceof Number)) {
				Object value = format.getValue();
				String kind = (value instanceof String) ? "文字"
						: (value instanceof Double || value instanceof Float || value instanceof BigDecimal) ? "小数"
								: "整数";
				got = ((got != null) ? got : kind) + " '" + shortened(String.valueOf(value)) + "'";
			}
			else if (mismatch.getOriginalMessage() != null) {
				Matcher coerced = COERCED_TEXT.matcher(mismatch.getOriginalMessage());
				if (coerced.find()) {
					got = "文字 '" + shortened(coerced.group(1)) + "'";
				}
			}
			return at + " 应为" + expected(target) + ((got != null) ? "，收到的是" + got : "") + "。";
		}
		if (exception instanceof StreamConstraintsException) {
			return "请求体超出解析限制（数字位数、文字长度、嵌套层数或总长度过大）：请缩短" + ("请求体".equals(at) ? "" : at) + "。";
		}
		if (exception instanceof UnexpectedEndOfInputException) {
			return "请求体在 JSON 结束前就中断了：检查括号和引号是否成对。";
		}
		if (exception instanceof StreamReadException) {
			return "请求体不是有效的 JSON" + location(exception.getLocation()) + "：检查语法和文字编码（UTF-8）。";
		}
		return at + " 的值不符合要求的格式：检查字段的类型。";
	}

	private static String location(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return "（第 " + location.getLineNr() + " 行第 " + location.getColumnNr() + " 列）";
	}

	private static String received(MismatchedInputException mismatch) {
		JsonToken token = mismatch.getCurrentToken();
		if (token == null) {
			return null;
		}
		return switch (token) {
			case VALUE_STRING -> "文字";
			case VALUE_NUMBER_INT -> "整数";
			case VALUE_NUMBER_FLOAT -> "小数";
			case VALUE_TRUE, VALUE_FALSE -> "true 或 false";
			case VALUE_NULL -> "null";
			case START_OBJECT -> "对象";
			case START_ARRAY -> "列表";
			default -> null;
		};
	}

	/** What a value of the type is, in words. */
	static String expected(Class<?> type) {
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == Byte.class || type == byte.class
				|| type == BigInteger.class) {
			return "整数";
		}
		if (type == Double.class || type == double.class || type == Float.class || type == float.class
				|| type == BigDecimal.class || type == Number.class) {
			return "数字";
		}
		if (type == String.class || type == CharSequence.class || type == char.class || type == Character.class) {
			return "文字（加引号的字符串）";
		}
		if (type == Boolean.class || type == boolean.class) {
			return " true 或 false";
		}
		if (type == LocalDate.class) {
			return "日期，写作 \"2021-01-31\"";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "时间，写作 \"2021-01-31T08:00:00Z\"";
		}
		if (type.isEnum()) {
			return "以下之一：" + Arrays.stream(type.getEnumConstants())
				.map((constant) -> jsonName((Enum<?>) constant))
				.collect(Collectors.joining("、"));
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "列表";
		}
		if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
			return "对象";
		}
		return "另一种值";
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

	private static String shortened(String value) {
		String printable = (PrintableText.firstUnprintable(value) >= 0) ? "（含无法打印的字符）" : value;
		return (printable.length() > 40) ? printable.substring(0, 40) + "…" : printable;
	}

}
