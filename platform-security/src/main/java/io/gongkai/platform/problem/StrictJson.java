package io.gongkai.platform.problem;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is taken as sent or refused: no number read as text or text as a number, no
 * decimal cut to a whole number, no number taken for a date or a choice, and no text with
 * characters that cannot be printed. Applied to the services' JSON mapper and to every
 * mapper a service builds for request bodies of its own.
 */
public final class StrictJson {

	private StrictJson() {
	}

	public static <B extends MapperBuilder<?, B>> B strict(B builder) {
		return builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfig(LogicalType.Textual,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer,
					(config) -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Enum,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Collection,
					(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.DateTime,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.addModule(printableText());
	}

	private static SimpleModule printableText() {
		SimpleModule module = new SimpleModule("printable-text");
		module.addDeserializer(String.class, new PrintableStringDeserializer());
		module.addKeyDeserializer(String.class, new PrintableKeyDeserializer());
		return module;
	}

	/** Refused text: it holds a character that cannot be printed. */
	public static final class UnprintableTextException extends MismatchedInputException {

		private final int index;

		private final String character;

		UnprintableTextException(JsonParser parser, String text, int index) {
			super(parser, "text with a character that cannot be printed", String.class);
			this.index = index;
			this.character = PrintableText.describe(text, index);
		}

		/** The position of the character in the text, from 1. */
		public int position() {
			return this.index + 1;
		}

		/** The character, as {@code U+0000}. */
		public String character() {
			return this.character;
		}

	}

	/** Refused key: it begins with {@code $}, as the store's query operators do. */
	public static final class OperatorKeyException extends MismatchedInputException {

		private final String key;

		OperatorKeyException(JsonParser parser, String key) {
			super(parser, "a key that begins with $", String.class);
			this.key = key;
		}

		/** The key as sent. */
		public String key() {
			return this.key;
		}

	}

	static final class PrintableStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			if (text != null && parser.hasToken(JsonToken.VALUE_STRING)) {
				check(parser, text);
			}
			return text;
		}

	}

	static final class PrintableKeyDeserializer extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) {
			check(context.getParser(), key);
			if (key.startsWith("$")) {
				throw new OperatorKeyException(context.getParser(), key);
			}
			return key;
		}

	}

	static void check(JsonParser parser, String text) {
		int index = PrintableText.firstUnprintable(text);
		if (index >= 0) {
			throw new UnprintableTextException(parser, text, index);
		}
	}

}
