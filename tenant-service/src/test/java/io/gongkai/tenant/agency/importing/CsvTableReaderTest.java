package io.gongkai.tenant.agency.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import io.gongkai.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvTableReaderTest {

	static final ImportLimits LIMITS = new ImportLimits(DataSize.ofMegabytes(10), 3);

	final CsvTableReader reader = new CsvTableReader(LIMITS);

	static final String FILE = "名称,区划代码\r\n\"青岛市人力资源和社会保障局\",370200\r\n\"济南市\"\"某\"\"局, 二处\",370100\r\n";

	@Test
	void utf8WithAndWithoutByteOrderMarkAndGb18030ReadTheSame() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] utf8 = FILE.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[bom.length + utf8.length];
		System.arraycopy(bom, 0, withBom, 0, bom.length);
		System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
		for (byte[] bytes : new byte[][] { utf8, withBom, FILE.getBytes(Charset.forName("GB18030")) }) {
			Table table = this.reader.read(bytes);
			assertThat(table.header()).containsExactly("名称", "区划代码");
			assertThat(table.rows()).extracting(Table.Row::cells)
				.containsExactly(java.util.List.of("青岛市人力资源和社会保障局", "370200"),
						java.util.List.of("济南市\"某\"局, 二处", "370100"));
			assertThat(table.rows()).extracting(Table.Row::number).containsExactly(2, 3);
		}
	}

	@Test
	void aFileInNeitherUtf8NorGb18030IsRefusedWithWhatToDo() {
		byte[] utf16 = ("\uFEFF" + FILE).getBytes(StandardCharsets.UTF_16LE);
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.reader.read(utf16))
			.withMessageContaining("UTF-16")
			.withMessageContaining("UTF-8");
		byte[] garbage = { 'a', ',', 'b', '\n', (byte) 0x81, (byte) 0x20, ',', 'c', '\n' };
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.reader.read(garbage))
			.withMessageContaining("既不是 UTF-8 也不是 GB18030");
	}

	@Test
	void strayQuotesMarkTheirRowAndTheOtherRowsStayReadable() {
		Table table = this.reader
			.read("名称,区划代码\n青岛\"市\"局,370200\n\"济南\"局,370100\n济南某局,370100\n".getBytes(StandardCharsets.UTF_8));
		assertThat(table.rows()).extracting(Table.Row::malformation)
			.satisfiesExactly((first) -> assertThat(first).contains("bad quoting in column 1"),
					(second) -> assertThat(second).contains("text after the closing quote"),
					(third) -> assertThat(third).isNull());
	}

	@Test
	void aQuoteThatNeverClosesRefusesTheFileNamingTheLine() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.reader
				.read("名称,区划代码\n青岛某局,370200\n\"济南某局,370100\n济南另局,370100\n".getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining("第 3 行")
			.satisfies((problem) -> assertThat(problem.getBody().getType().toString()).endsWith("/malformed-csv"));
	}

	@Test
	void moreRowsThanTheLimitAreRefusedWithTheLimitInTheMessage() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.reader.read("名称\na\nb\nc\nd\n".getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining("超过 3 行");
		assertThat(this.reader.read("名称\na\nb\nc\n\n\n".getBytes(StandardCharsets.UTF_8)).rows()).hasSize(3);
	}

}
