package io.gongkai.platform.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Makes every servlet service answer errors as problems.
 */
@AutoConfiguration
public class ProblemConfiguration {

	@Bean
	ApiExceptionHandler apiExceptionHandler() {
		return new ApiExceptionHandler();
	}

}
