package io.gongkai.report.published;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

/**
 * The licence the bulk downloads are given under and their data dictionary, in Chinese
 * and in English: read from {@code published/open-data.json}, the one place that states
 * them (the licence's names, its legal text's address, what it allows, what each column
 * of the figures CSV holds).
 *
 * @param licence the licence
 * @param dictionary each column of the figures CSV and what it holds
 */
record OpenData(StatedLicence licence, List<StatedColumn> dictionary) {

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

	/** The columns' names, in order: the figures CSV's header (always Chinese). */
	List<String> headers() {
		return this.dictionary.stream().map(StatedColumn::column).toList();
	}

	/** The licence in a language: Chinese, or English for {@link Locale#ENGLISH}. */
	Licence licence(Locale language) {
		boolean english = Locale.ENGLISH.equals(language);
		return new Licence(this.licence.id(), this.licence.name().in(english), this.licence.url().in(english),
				this.licence.text().in(english));
	}

	/**
	 * The data dictionary in a language: the columns as the CSV names them, explained.
	 */
	List<Column> dictionary(Locale language) {
		boolean english = Locale.ENGLISH.equals(language);
		return this.dictionary.stream()
			.map((column) -> new Column(column.column(), column.meaning().in(english)))
			.toList();
	}

	/** The licence and the dictionary as the Chinese text file of an archive, 说明.txt. */
	String readme() {
		return readme(Locale.CHINESE, "许可协议：", "数据字典（每年的指标 CSV）：", "：");
	}

	/**
	 * The licence and the dictionary as the English text file of an archive, README.txt.
	 */
	String readmeInEnglish() {
		return readme(Locale.ENGLISH, "Licence: ", "Data dictionary (each year's figures CSV, its headers in Chinese):",
				": ");
	}

	private String readme(Locale language, String licenceLabel, String dictionaryLabel, String colon) {
		Licence stated = licence(language);
		boolean english = Locale.ENGLISH.equals(language);
		StringBuilder text = new StringBuilder(licenceLabel).append(stated.name())
			.append(english ? " (" : "（")
			.append(stated.id())
			.append(english ? ")\n" : "）\n")
			.append(stated.url())
			.append("\n\n")
			.append(stated.text())
			.append("\n\n")
			.append(dictionaryLabel)
			.append("\n");
		dictionary(language)
			.forEach((column) -> text.append(column.column()).append(colon).append(column.meaning()).append("\n"));
		return text.toString();
	}

	/**
	 * The licence as its reader reads it.
	 *
	 * @param id its SPDX identifier
	 * @param name the licence's name
	 * @param url its legal text
	 * @param text what it allows and asks, and what the data are
	 */
	record Licence(String id, String name, String url, String text) {

	}

	/**
	 * A column of the figures CSV as its reader reads it.
	 *
	 * @param column the column's header, as the CSV writes it
	 * @param meaning what it holds
	 */
	record Column(String column, String meaning) {

	}

	/**
	 * A text in both languages.
	 *
	 * @param zh in Chinese
	 * @param en in English
	 */
	record Words(String zh, String en) {

		String in(boolean english) {
			return english ? this.en : this.zh;
		}

	}

	/**
	 * The licence as {@code open-data.json} states it.
	 *
	 * @param id its SPDX identifier
	 * @param name its names
	 * @param url its legal text in each language
	 * @param text what it allows and asks, in each language
	 */
	record StatedLicence(String id, Words name, Words url, Words text) {

	}

	/**
	 * A column as {@code open-data.json} states it.
	 *
	 * @param column its header (Chinese, as the CSV writes it)
	 * @param meaning what it holds, in each language
	 */
	record StatedColumn(String column, Words meaning) {

	}

}
