package io.gongkai.gateway.requestsize;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The largest request body the gateway accepts (an uploaded annual report for text import
 * is the largest legitimate one).
 *
 * @param maxBody the limit, e.g. {@code 20MB}
 * @param maxDrain how much of a refused body is still read and thrown away before the
 * connection is closed, so that the client, still sending, gets the 413 rather than a
 * reset connection (as a servlet container swallows the rest of a refused upload)
 * @param drainTimeout how long the rest of a refused body is read at most
 */
@Validated
@ConfigurationProperties("gongkai.gateway.request-size")
record RequestSizeProperties(@NotNull DataSize maxBody, @NotNull DataSize maxDrain, @NotNull Duration drainTimeout) {

}
