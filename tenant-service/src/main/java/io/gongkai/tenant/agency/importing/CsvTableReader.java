package io.gongkai.tenant.agency.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.tenant.problem.TenantProblem;

/**
 * Reads CSV (RFC 4180: comma-separated, values with commas, quotes or line breaks
 * enclosed in double quotes, inner quotes doubled) in UTF-8 with or without a byte order
 * mark, or in GB18030 (which includes GBK and GB2312), as spreadsheets in China save it.
 * A file that is neither, or whose quotes never close, is refused as a whole; a row with
 * stray quotes is kept and marked, so that the other rows can still be checked.
 */
final class CsvTableReader {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private final ImportLimits limits;

	CsvTableReader(ImportLimits limits) {
		this.limits = limits;
	}

	Table read(byte[] bytes) {
		String text = decode(bytes);
		char delimiter = delimiter(text);
		List<Table.Row> rows = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder value = new StringBuilder();
		String malformation = null;
		int line = 1;
		int quoteOpenedOn = 0;
		boolean quoted = false;
		boolean afterClosingQuote = false;
		boolean valueStarted = false;
		int number = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						value.append('"');
						i++;
					}
					else {
						quoted = false;
						afterClosingQuote = true;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					value.append(c);
				}
				continue;
			}
			if (c == delimiter) {
				cells.add(value.toString());
				value.setLength(0);
				afterClosingQuote = false;
				valueStarted = false;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(value.toString());
				number++;
				addRow(rows, number, cells, malformation);
				cells = new ArrayList<>();
				value.setLength(0);
				malformation = null;
				afterClosingQuote = false;
				valueStarted = false;
				line++;
			}
			else if (c == '"') {
				if (!valueStarted && value.isEmpty()) {
					quoted = true;
					valueStarted = true;
					quoteOpenedOn = line;
				}
				else if (malformation == null) {
					malformation = "bad quoting in column " + (cells.size() + 1)
							+ ": a quote inside a value; enclose the whole value in quotes and double the quotes inside it";
				}
			}
			else {
				if (afterClosingQuote && malformation == null) {
					malformation = "bad quoting in column " + (cells.size() + 1)
							+ ": text after the closing quote; enclose the whole value in quotes and double the quotes inside it";
				}
				value.append(c);
				valueStarted = true;
			}
		}
		if (quoted) {
			throw new ProblemException(TenantProblem.UNCLOSED_QUOTE, quoteOpenedOn);
		}
		if (!value.isEmpty() || !cells.isEmpty()) {
			cells.add(value.toString());
			number++;
			addRow(rows, number, cells, malformation);
		}
		if (rows.isEmpty()) {
			throw new ProblemException(TenantProblem.EMPTY_FILE);
		}
		return new Table("csv", rows.get(0).cells(), rows.subList(1, rows.size()));
	}

	private void addRow(List<Table.Row> rows, int number, List<String> cells, String malformation) {
		if (malformation == null && cells.stream().allMatch(String::isBlank)) {
			return;
		}
		if (rows.size() > this.limits.maxRows()) {
			throw ImportProblems.tooManyRows(this.limits);
		}
		rows.add(new Table.Row(number, List.copyOf(cells), malformation));
	}

	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String first = (end < 0) ? text : text.substring(0, end);
		return (first.indexOf(',') < 0 && first.indexOf('\t') >= 0) ? '\t' : ',';
	}

	/**
	 * The text of the file: UTF-8 (a byte order mark is dropped), else GB18030.
	 */
	static String decode(byte[] bytes) {
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
				|| (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
			throw new ProblemException(TenantProblem.UTF16);
		}
		if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
			return strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes, 3, bytes.length - 3), true);
		}
		String utf8 = strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes), false);
		if (utf8 != null) {
			return utf8;
		}
		String gb = strict(GB18030, ByteBuffer.wrap(bytes), false);
		if (gb != null && gb.indexOf('\uFFFD') < 0) {
			return gb;
		}
		throw new ProblemException(TenantProblem.UNKNOWN_ENCODING);
	}

	private static String strict(Charset charset, ByteBuffer bytes, boolean required) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException exception) {
			if (required) {
				throw new ProblemException(TenantProblem.BROKEN_BYTE_ORDER_MARK);
			}
			return null;
		}
	}

}
