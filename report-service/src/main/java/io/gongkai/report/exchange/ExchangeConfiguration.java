package io.gongkai.report.exchange;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The exchange format's settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BulkSettings.class)
class ExchangeConfiguration {

}
