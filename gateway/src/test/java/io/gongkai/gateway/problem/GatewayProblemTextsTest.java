package io.gongkai.gateway.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayProblemTextsTest {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	@Test
	void everyGatewayProblemHasAChineseAndAnEnglishTitleAndDetailAndNoTextIsLeftOver() throws IOException {
		Set<String> expected = Arrays.stream(GatewayProblem.values())
			.flatMap((problem) -> Stream.of(problem.key() + ".title", problem.key() + ".detail"))
			.collect(Collectors.toCollection(TreeSet::new));
		Properties chinese = load("gateway-problems_zh.properties");
		Properties english = load("gateway-problems_en.properties");

		assertThat(new TreeSet<>(chinese.stringPropertyNames())).isEqualTo(expected);
		assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(expected);
		for (String key : expected) {
			assertThat(HAN.matcher(chinese.getProperty(key)).find()).as("%s in Chinese", key).isTrue();
			assertThat(HAN.matcher(english.getProperty(key)).find()).as("%s in English", key).isFalse();
		}
	}

	@Test
	void aDetailNamesItsArgumentInBothLanguages() {
		Words detail = GatewayProblem.BODY_OVER_LIMIT.detail("10MB");

		assertThat(detail.zh()).isEqualTo("请求体超过了平台接受的 10MB；请发送较小的文件，或把导入分成几批。");
		assertThat(detail.en()).isEqualTo(
				"The request body is larger than the 10MB the platform accepts; send a smaller file or split the import.");
		assertThat(GatewayProblem.TOKEN_REQUIRED.detail().en()).contains("'Authorization: Bearer <token>'");
	}

	private static Properties load(String resource) throws IOException {
		try (InputStream in = GatewayProblemTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}

}
