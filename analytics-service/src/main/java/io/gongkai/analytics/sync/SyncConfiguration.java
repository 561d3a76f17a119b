package io.gongkai.analytics.sync;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Synchronisation's settings, and the neighbours it reads. The service account's token
 * request gets the same short time-outs as the calls it authorises (application.yml sets
 * platform-security's {@code gongkai.service-account.token-*-timeout} from
 * report-service's neighbour settings), so that a Keycloak that does not answer fails a
 * round quickly instead of holding it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SyncSettings.class, AnalyticsNeighbours.class })
class SyncConfiguration {

}
