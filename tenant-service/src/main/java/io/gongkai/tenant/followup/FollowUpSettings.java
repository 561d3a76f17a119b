package io.gongkai.tenant.followup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the follow-up reads report-service's list of reports.
 *
 * @param reportUri report-service's base address
 * @param connectTimeout time allowed to open a connection
 * @param readTimeout time allowed for one page to arrive
 * @param pageSize reports asked for per page (report-service allows at most 200)
 * @param maxPages pages read at most for one province and year, a guard against a list
 * that never ends
 */
@ConfigurationProperties("gongkai.follow-up")
record FollowUpSettings(@DefaultValue("http://127.0.0.1:8082") String reportUri,
		@DefaultValue("1s") Duration connectTimeout, @DefaultValue("2s") Duration readTimeout,
		@DefaultValue("200") int pageSize, @DefaultValue("100") int maxPages) {

}
