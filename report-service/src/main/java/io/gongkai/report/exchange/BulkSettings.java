package io.gongkai.report.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of one bulk upload of exchange documents, checked before anything is stored.
 *
 * @param maxDocuments documents in one upload
 * @param maxSize bytes of one upload (the body as sent)
 */
@ConfigurationProperties("gongkai.exchange.bulk")
record BulkSettings(@DefaultValue("500") int maxDocuments, @DefaultValue("20MB") DataSize maxSize) {

}
