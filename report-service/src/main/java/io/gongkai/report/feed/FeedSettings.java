package io.gongkai.report.feed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the report feed.
 *
 * @param settleTime how old a change must be before the feed serves it: a change that
 * took its number before another but was written after it is then never skipped
 */
@ConfigurationProperties("gongkai.feed")
record FeedSettings(@DefaultValue("2s") Duration settleTime) {

}
