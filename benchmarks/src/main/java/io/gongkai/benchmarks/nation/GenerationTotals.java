package io.gongkai.benchmarks.nation;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a generation wrote, added up across the provinces written at the same time.
 */
public final class GenerationTotals {

	private long agencies;

	private long agenciesPresent;

	private long reports;

	private long reportsPresent;

	private long missing;

	private long amended;

	private long late;

	private long submitted;

	private final Map<String, Long> byFormat = new TreeMap<>();

	private final Map<String, Long> byStatus = new TreeMap<>();

	synchronized void agencies(long written, long present) {
		this.agencies += written;
		this.agenciesPresent += present;
	}

	synchronized void reports(long written, long present) {
		this.reports += written;
		this.reportsPresent += present;
	}

	synchronized void generated(SyntheticReport report) {
		this.byFormat.merge(report.format(), 1L, Long::sum);
		this.byStatus.merge(report.status(), 1L, Long::sum);
		if (report.amended()) {
			this.amended++;
		}
		if (report.firstSubmittedOn() != null) {
			this.submitted++;
			if (report.late()) {
				this.late++;
			}
		}
	}

	synchronized void missing(long count) {
		this.missing += count;
	}

	public synchronized long agencies() {
		return this.agencies;
	}

	public synchronized long reports() {
		return this.reports;
	}

	public synchronized long reportsPresent() {
		return this.reportsPresent;
	}

	public synchronized Map<String, Long> byFormat() {
		return Map.copyOf(this.byFormat);
	}

	public synchronized Map<String, Long> byStatus() {
		return Map.copyOf(this.byStatus);
	}

	/** A few lines for the console. */
	public synchronized String summary() {
		long generated = this.byStatus.values().stream().mapToLong(Long::longValue).sum();
		return String.format(
				"agencies: %,d written, %,d already there%n" + "reports: %,d written, %,d already there, "
						+ "%,d agency-years not reported (%.1f %%)%n" + "  by format: %s%n" + "  by status: %s%n"
						+ "  amended after publication: %,d; first submitted late: %,d of %,d submitted (%.1f %%)",
				this.agencies, this.agenciesPresent, this.reports, this.reportsPresent, this.missing,
				percent(this.missing, generated + this.missing), this.byFormat, this.byStatus, this.amended, this.late,
				this.submitted, percent(this.late, this.submitted));
	}

	private static double percent(long part, long whole) {
		return (whole > 0) ? 100.0 * part / whole : 0;
	}

}
