package io.gongkai.platform.problem;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;

import io.gongkai.platform.problem.test.ProblemBundles;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemLanguageTests {

	@Test
	void everySharedProblemHasAChineseAndAnEnglishTitleAndDetail() {
		ProblemBundles.assertEveryTypeSpeaksChineseAndEnglish(PlatformProblem.class, "platform-problems");
	}

	@Test
	void aRequestThatAsksForNoLanguageIsAnsweredInChinese() {
		assertThat(RequestLanguage.of(null)).isEqualTo(Locale.CHINESE);
		assertThat(RequestLanguage.of("")).isEqualTo(Locale.CHINESE);
		assertThat(RequestLanguage.of("fr-FR,fr;q=0.9")).isEqualTo(Locale.CHINESE);
		assertThat(RequestLanguage.of("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Locale.CHINESE);
		assertThat(RequestLanguage.of("not a language;;q=x")).isEqualTo(Locale.CHINESE);
	}

	@Test
	void aRequestThatPrefersEnglishIsAnsweredInEnglish() {
		assertThat(RequestLanguage.of("en")).isEqualTo(Locale.ENGLISH);
		assertThat(RequestLanguage.of("en-US,en;q=0.9,zh;q=0.5")).isEqualTo(Locale.ENGLISH);
		assertThat(RequestLanguage.of("fr,en-GB;q=0.7")).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void aProblemSpeaksTheRequestedLanguageAndKeepsItsTypeAndArguments() {
		ProblemDetail chinese = Problems.of(Locale.CHINESE, PlatformProblem.FILE_NAME_TOO_LONG, 2048, 255);
		ProblemDetail english = Problems.of(Locale.ENGLISH, PlatformProblem.FILE_NAME_TOO_LONG, 2048, 255);

		assertThat(chinese.getType()).hasToString("https://gongkai.io/problems/file-name-too-long")
			.isEqualTo(english.getType());
		assertThat(chinese.getStatus()).isEqualTo(400);
		assertThat(chinese.getTitle()).isEqualTo("文件名过长");
		assertThat(chinese.getDetail()).contains("2048 个字符", "最多 255 个");
		assertThat(english.getTitle()).isEqualTo("File name too long");
		assertThat(english.getDetail()).contains("2048 characters", "at most 255");
	}

	@Test
	void aStatusOnlyRefusalKeepsItsStatus() {
		ProblemDetail teapot = StatusProblems.of(Locale.ENGLISH, 418);

		assertThat(teapot.getStatus()).isEqualTo(418);
		assertThat(teapot.getDetail()).isEqualTo("The request was refused (HTTP 418).");
	}

}
