package io.gongkai.tenant.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the follow-up reads report-service's list of reports (where report-service is and
 * how it is called: {@code gongkai.neighbours.report-service}).
 *
 * @param pageSize reports asked for per page (report-service allows at most 200)
 * @param maxPages pages read at most for one province and year, a guard against a list
 * that never ends
 */
@ConfigurationProperties("gongkai.follow-up")
record FollowUpSettings(@DefaultValue("200") int pageSize, @DefaultValue("100") int maxPages) {

}
