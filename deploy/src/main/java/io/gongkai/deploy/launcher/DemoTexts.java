package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo's published reports and where each belongs: {@code demo/texts.json} names, for
 * every text packaged under {@code demo/texts/} (the corpus and the seeds that
 * report-service's text import is measured on, packaged from there by the build), the
 * province and the registry entry of its agency, or why the demo leaves it out.
 */
final class DemoTexts {

	static final String PLAN = "/demo/texts.json";

	static final String TEXTS = "/demo/texts/";

	private DemoTexts() {
	}

	/**
	 * The shipped plan, in its order.
	 * @param json the mapper
	 * @return every text of the plan
	 */
	static List<DemoText> shipped(ObjectMapper json) {
		List<DemoText> texts = new ArrayList<>();
		for (JsonNode entry : json.readTree(resourceBytes(PLAN))) {
			JsonNode skip = entry.get("skip");
			texts.add(new DemoText(entry.path("text").asString(), entry.path("provinceCode").asString(null),
					entry.get("agency"), (skip != null) ? skip.asString() : null));
		}
		return List.copyOf(texts);
	}

	static byte[] resourceBytes(String name) {
		try (InputStream in = DemoTexts.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is not on the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One published report of the demo.
	 *
	 * @param file its path under {@code demo/texts/}, such as
	 * {@code corpus/02_shuyang_fgj_2023.txt}
	 * @param provinceCode the province it is imported into; null when skipped
	 * @param agency the registry entry of its agency (id, name, aliases, level, kind,
	 * regionCode, scope); null when skipped
	 * @param skipReason why the demo leaves it out, in Chinese; null when imported
	 */
	record DemoText(String file, String provinceCode, JsonNode agency, String skipReason) {

		boolean skipped() {
			return this.skipReason != null;
		}

		String agencyId() {
			return this.agency.path("id").asString();
		}

		/** The file's name, as the import echoes it as the report's source. */
		String name() {
			return this.file.substring(this.file.lastIndexOf('/') + 1);
		}

		String text() {
			return new String(resourceBytes(TEXTS + this.file), StandardCharsets.UTF_8);
		}

	}

}
