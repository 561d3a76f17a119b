package io.gongkai.report.published;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * The licence the bulk downloads are given under and their data dictionary, in Chinese:
 * read from {@code published/open-data.json}, the one place that states them.
 *
 * @param licence the licence
 * @param dictionary each column of the figures CSV and what it holds
 */
record OpenData(Licence licence, List<Column> dictionary) {

	private static final String RESOURCE = "/published/open-data.json";

	static OpenData read() {
		try (InputStream json = OpenData.class.getResourceAsStream(RESOURCE)) {
			if (json == null) {
				throw new IllegalStateException("Missing " + RESOURCE + " on the class path");
			}
			return JsonMapper.shared().readValue(json, OpenData.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The columns' names, in order: the figures CSV's header. */
	List<String> headers() {
		return this.dictionary.stream().map(Column::column).toList();
	}

	/** The licence and the dictionary as the text file of an archive. */
	String readme() {
		StringBuilder text = new StringBuilder("许可协议：").append(this.licence.name())
			.append("（")
			.append(this.licence.id())
			.append("）")
			.append("\n")
			.append(this.licence.url())
			.append("\n\n")
			.append(this.licence.text())
			.append("\n\n数据字典（每年的指标 CSV）：\n");
		this.dictionary
			.forEach((column) -> text.append(column.column()).append("：").append(column.meaning()).append("\n"));
		return text.toString();
	}

	/**
	 * @param id its SPDX identifier
	 * @param name the licence's name
	 * @param url its legal text
	 * @param text what it allows and asks, and what the data are
	 */
	record Licence(String id, String name, String url, String text) {

	}

	/**
	 * @param column the column's header
	 * @param meaning what it holds
	 */
	record Column(String column, String meaning) {

	}

}
