package io.gongkai.report.textimport;

/**
 * An input the extractor cannot read: empty, too large, an image, a PDF without a text
 * layer, a format it does not know. The message says what is wrong and what would help.
 */
public class TextImportException extends Exception {

	/** Why an input cannot be read. */
	public enum Reason {

		EMPTY, TOO_LARGE, IMAGE, NO_TEXT_LAYER, UNSUPPORTED_FORMAT, UNREADABLE

	}

	private final Reason reason;

	TextImportException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	TextImportException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
