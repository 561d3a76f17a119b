package io.gongkai.tenant.agency.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large an agency file may be.
 *
 * @param maxFileSize the largest file accepted
 * @param maxRows the most rows accepted, the header not counted
 */
@ConfigurationProperties("gongkai.registry.import")
record ImportLimits(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("50000") int maxRows) {

	String describeRows() {
		return String.format("%,d", this.maxRows);
	}

	String describeSize() {
		long megabytes = this.maxFileSize.toMegabytes();
		return (megabytes > 0) ? megabytes + " MB" : this.maxFileSize.toKilobytes() + " KB";
	}

}
