package io.gongkai.tenant.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link TenantNeighbours}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenantNeighbours.class)
class NeighboursConfiguration {

}
