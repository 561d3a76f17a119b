package io.gongkai.report.importing;

import io.gongkai.report.textimport.TextExtractor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text import's settings and its one extractor (building one takes seconds; it is
 * thread-safe and shared by previews and batches).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportSettings.class)
class ImportConfiguration {

	@Bean
	TextExtractor textExtractor() {
		return new TextExtractor();
	}

}
