package io.gongkai.report.published;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public read of published reports.
 *
 * @param maxAge how long a browser or cache may keep an answer before asking again
 * ({@code Cache-Control: public, max-age}); a conditional request then costs a 304
 * @param searchCandidates how many agencies of a province the registry's search may name
 * for one query
 */
@ConfigurationProperties("gongkai.public")
record PublicSettings(@DefaultValue("60s") Duration maxAge, @DefaultValue("50") int searchCandidates) {

}
