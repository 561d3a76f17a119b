package io.gongkai.report.importing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of text import ({@code gongkai.imports}). The largest single file (10 MiB) is
 * the extractor's own limit and not a setting.
 *
 * @param previewLifetime how long a preview can be confirmed and turned into a draft
 * @param maxTextCharacters the longest normalised text a preview keeps (a real report has
 * tens of thousands of characters)
 * @param batch limits and threads of batch imports
 * @see io.gongkai.report.registry.AgencySearchSettings the agency search's settings
 * ({@code gongkai.imports.agency-search})
 */
@ConfigurationProperties("gongkai.imports")
public record ImportSettings(@DefaultValue("7d") Duration previewLifetime,
		@DefaultValue("1000000") int maxTextCharacters, @DefaultValue Batch batch) {

	/**
	 * Batch limits, checked while a zip is read (never trusting the sizes it declares).
	 *
	 * @param maxFiles the most files in one batch, zip entries included
	 * @param maxTotalSize the most bytes of all files together, uncompressed
	 * @param threads how many batches are processed at once
	 * @param queueCapacity how many batches may wait; beyond, uploads are refused with
	 * 503
	 * @param lease how long a batch outlives the instance running it: the instance renews
	 * the lease of its batches every third of it; a batch whose lease expired (its
	 * instance was killed) is marked interrupted by any instance
	 */
	public record Batch(@DefaultValue("200") int maxFiles, @DefaultValue("100MB") DataSize maxTotalSize,
			@DefaultValue("2") int threads, @DefaultValue("8") int queueCapacity, @DefaultValue("60s") Duration lease) {

		public Batch {
			if (lease.compareTo(Duration.ofSeconds(3)) < 0) {
				throw new IllegalArgumentException("gongkai.imports.batch.lease must be at least 3s");
			}
		}

	}

}
