package io.gongkai.gateway.requestsize;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The largest request body the gateway accepts (an uploaded annual report for text import
 * is the largest legitimate one).
 *
 * @param maxBody the limit, e.g. {@code 20MB}
 */
@Validated
@ConfigurationProperties("gongkai.gateway.request-size")
record RequestSizeProperties(@NotNull DataSize maxBody) {

}
