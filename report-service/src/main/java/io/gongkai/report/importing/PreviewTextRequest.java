package io.gongkai.report.importing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A report pasted as text rather than uploaded as a file.
 *
 * @param text the report's text (or its HTML)
 * @param name a name for it, echoed as {@code source}; {@code pasted.txt} when absent
 */
record PreviewTextRequest(@NotBlank(message = "{preview.text.required}") String text,
		@Size(max = 255, message = "{preview.name.size}") String name) {

	String sourceName() {
		return (this.name == null || this.name.isBlank()) ? "pasted.txt" : this.name.strip();
	}

}
