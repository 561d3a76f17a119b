package io.gongkai.gateway.turns;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How many public reads one gateway instance passes on at once, and how long a public
 * read waits for its turn before it is answered with a 503 problem
 * ({@link PublicReadTurns}).
 *
 * @param atOnce public reads passed on to the services at the same time
 * @param longestWait the longest a public read waits for its turn
 */
@Validated
@ConfigurationProperties("gongkai.gateway.public-read-turns")
record PublicReadTurnsProperties(@Positive int atOnce, @NotNull Duration longestWait) {

}
