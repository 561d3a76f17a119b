package io.gongkai.report.textimport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

	@TempDir
	Path dir;

	@Test
	void everyFileGetsOneJsonLineAndAFailureMakesTheExitCodeNonZero() throws Exception {
		Path report = this.dir.resolve("report.txt");
		Files.writeString(report, "兰考县人民政府2008年政府信息公开工作年度报告\n全年共收到政府信息公开申请二十六件。\n");
		Path image = this.dir.resolve("scan.png");
		Files.write(image, java.util.HexFormat.of().parseHex("89504E470D0A1A0A"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exit = ExtractCommand.run(
				new String[] { report.toString(), image.toString(), this.dir.resolve("missing.txt").toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
		assertThat(exit).isEqualTo(1);
		assertThat(lines).hasSize(3);
		JsonNode first = JsonMapper.shared().readTree(lines[0]);
		assertThat(first.get("source").asString()).isEqualTo("report.txt");
		assertThat(first.get("agencyName").asString()).isEqualTo("兰考县人民政府");
		assertThat(first.get("metrics").get("requests.received").get("value").asLong()).isEqualTo(26);
		JsonNode second = JsonMapper.shared().readTree(lines[1]);
		assertThat(second.get("source").asString()).isEqualTo("scan.png");
		assertThat(second.get("error").asString()).contains("OCR");
		assertThat(JsonMapper.shared().readTree(lines[2]).get("error").asString()).contains("no such file");
	}

	@Test
	void readableFilesExitWithZero() throws Exception {
		Path report = this.dir.resolve("r.txt");
		Files.writeString(report, "某某局2015年政府信息公开工作年度报告\n全年主动公开政府信息100条。\n");

		int exit = ExtractCommand.run(new String[] { report.toString() },
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

		assertThat(exit).isZero();
	}

	@Test
	void withoutFilesItPrintsUsage() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exit = ExtractCommand.run(new String[0], new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(exit).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
	}

	@Test
	void theJsonFollowsTheContractsFieldOrder() throws Exception {
		ExtractionResult result = new TextExtractor().extract("a.txt",
				"某某局2015年政府信息公开工作年度报告\n全年主动公开政府信息100条。\n".getBytes(StandardCharsets.UTF_8));

		String json = ResultJson.write(result);

		assertThat(json).startsWith("{\"source\":\"a.txt\",\"agencyName\":");
		assertThat(json.indexOf("\"provinceCode\"")).isLessThan(json.indexOf("\"year\""));
		assertThat(json.indexOf("\"format\"")).isLessThan(json.indexOf("\"flags\""));
		assertThat(json).contains("\"publishedOn\":null")
			.contains("\"proactive.total\":{\"value\":100,\"qualifier\":\"exact\",\"evidence\":");
	}

}
